/// Recording a beneficiary's question asked by phone, in person or another channel.
enum InquiryRecordPage {}
