/// Calling a committee meeting: its day, place, the members present and the agenda.
enum MeetingEditor {}
