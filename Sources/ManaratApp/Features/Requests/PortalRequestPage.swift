/// One request in the portal, as its applicant follows it: what is missing, documents, the
/// attestation, submission, the timeline, deliveries and the rating.
enum PortalRequestPage {}
