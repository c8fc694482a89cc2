/// The weights of the needs assessment, which administrators set.
enum NeedsWeightsPage {}
