/// The handlers' queue of open complaints and suggestions, by due day, with the form to record
/// one received by phone, letter or at a branch.
enum FeedbackQueuePage {}
