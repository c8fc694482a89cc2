/// Adding a supporter or editing one.
enum SupporterEditor {}
