/// A new needs assessment of one beneficiary.
enum AssessmentPage {}
