/// The asker's own question in the portal: its status, the answer when it comes, and the rating.
enum PortalInquiryPage {}
