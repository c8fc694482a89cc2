extension BranchRepository: BranchStore {}
