/// Adding or editing one branch.
enum BranchEditor {}
