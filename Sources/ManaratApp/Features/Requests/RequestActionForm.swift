import Vapor

/// One of the request's next steps: submission, referral, hand-off to the committee, withdrawal.
struct RequestActionForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case version, note, withdrawNote, researcherID
    }

    var version: Int?
    var note: String?
    var withdrawNote: String?
    var researcherID: String?

    /// The note, at most 1 000 characters.
    var shortNote: String { String((note ?? "").prefix(1000)) }

    /// Why the request is withdrawn, or `.withdrawReasonRequired`.
    func withdrawalReason() -> Result<String, RequestProblems> {
        let note = (withdrawNote ?? self.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { return .failure(RequestProblems([.withdrawReasonRequired])) }
        return .success(String(note.prefix(1000)))
    }
}
