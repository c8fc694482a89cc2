/// A beneficiary's own complaint or suggestion in the portal: where it stands, the answer and
/// the improvement once closed, and the one appeal allowed.
enum PortalFeedbackPage {}
