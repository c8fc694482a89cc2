/// "My data": everything held about the beneficiary, the downloads, their requests about it and
/// withdrawing consent.
enum MyDataPage {}
