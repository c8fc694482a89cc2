/// The administrators' list of branches.
enum BranchList {}
