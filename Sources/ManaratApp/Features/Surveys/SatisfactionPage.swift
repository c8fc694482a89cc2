/// Satisfaction in aggregate, for quality and management: overall, by service, branch, channel
/// and month over a range, with the latest comments (never with who wrote them) and downloads.
enum SatisfactionPage {}
