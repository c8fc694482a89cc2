/// One complaint or suggestion for its handlers: who it is from, the notes, triage and
/// assignment, and the closing with the response and the improvement taken.
enum FeedbackCasePage {}
