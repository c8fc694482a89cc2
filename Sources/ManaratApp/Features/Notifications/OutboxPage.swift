/// The outbox as staff see it: every notification's status, tries and provider answer, and a
/// failed one sent again.
enum OutboxPage {}
