/// A staff member's own satisfaction figures: the services they delivered and the inquiries they
/// answered. Their manager may open them too; nobody else sees another person's.
enum MySatisfactionPage {}
