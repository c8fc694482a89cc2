/// The open inquiries staff answer, all or their own, with their answer days.
enum InquiryListPage {}
