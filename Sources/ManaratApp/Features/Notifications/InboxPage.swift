/// The beneficiary's inbox in the portal.
enum InboxPage {}
