/// A committee meeting: the members present, each request with its votes, the member's own vote
/// form, and the decision form once the votes are in.
enum MeetingPage {}
