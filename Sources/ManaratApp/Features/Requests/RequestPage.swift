/// One request as staff work on it: what is missing, documents, attestation, the next steps
/// their roles allow, research, the decision, delivery and the full history.
enum RequestPage {}
