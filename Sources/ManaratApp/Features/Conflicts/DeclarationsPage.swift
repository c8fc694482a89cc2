/// A staff member's own declarations of relatives and interests, and the form to add one.
enum DeclarationsPage {}
