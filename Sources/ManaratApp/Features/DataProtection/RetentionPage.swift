/// The retention schedule (PDPL), what a run would do now, and the beneficiaries on legal hold.
enum RetentionPage {}
