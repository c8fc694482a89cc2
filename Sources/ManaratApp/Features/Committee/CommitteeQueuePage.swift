/// The committee's queue, ordered by due day, and its meetings.
enum CommitteeQueuePage {}
