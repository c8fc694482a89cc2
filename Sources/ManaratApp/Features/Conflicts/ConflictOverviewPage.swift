/// The administrators' overview: every recusal, and every active declaration.
enum ConflictOverviewPage {}
