/// One inquiry at the desk: the question, the answer form, assignment, referral and turning it into a request.
enum InquiryPage {}
