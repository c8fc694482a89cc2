/// Adding or editing one beneficiary category.
enum CategoryEditor {}
