/// The administrators' list of beneficiary categories.
enum CategoryList {}
