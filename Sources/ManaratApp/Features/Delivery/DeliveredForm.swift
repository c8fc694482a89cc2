import Vapor

/// One instalment marked delivered, with the beneficiary's acknowledgement.
struct DeliveredForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case reference, acknowledgement
    }

    var reference: String?
    var acknowledgement: String?

    /// The payment reference and the acknowledgement, or `.acknowledgementRequired`.
    func parsed() -> Result<(reference: String, acknowledgement: String), RequestProblems> {
        let acknowledgement = (self.acknowledgement ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !acknowledgement.isEmpty else { return .failure(RequestProblems([.acknowledgementRequired])) }
        return .success((String((reference ?? "").prefix(200)), String(acknowledgement.prefix(500))))
    }
}
