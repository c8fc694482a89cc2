import ManaratDomain
import Vapor

/// A conflict-of-interest declaration as posted. Its field names are a type, shared by the view
/// and the problems.
struct DeclarationForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case relation, identityType, identityNumber, note
    }

    var relation: String?
    var identityType: String?
    var identityNumber: String?
    var note: String?

    /// The longest note kept.
    static let noteLimit = 1000

    /// The draft, or every problem with it, the identity's first.
    func parsed() -> Result<DeclarationDraft, DeclarationFormProblems> {
        var problems: [DeclarationProblem] = []
        let type = identityType.flatMap(IdentityType.init(rawValue:)) ?? .nationalID
        var identity: IdentityNumber?
        switch IdentityNumber.parse(identityNumber ?? "", type: type) {
        case .success(let value): identity = value
        case .failure(let problem): problems.append(.identity(problem))
        }
        let declared = DeclaredRelation(rawValue: (relation ?? "").trimmingCharacters(in: .whitespaces))
        if declared == nil { problems.append(.relationMissing) }
        guard problems.isEmpty, let identity, let declared else {
            return .failure(DeclarationFormProblems(problems: problems))
        }
        return .success(
            DeclarationDraft(relation: declared, identity: identity, note: String((note ?? "").prefix(Self.noteLimit))))
    }
}
