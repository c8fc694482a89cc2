import ManaratDomain

/// Whose identity a declaration names: the staff member's own, or a relative's.
enum DeclaredRelation: Equatable, Sendable, Hashable {
    case myself
    case relative(Relation)

    /// Every relation the form offers, the staff member's own first.
    static let all: [DeclaredRelation] = [.myself] + Relation.allCases.map(DeclaredRelation.relative)

    /// The relation a stored or posted value names.
    init?(rawValue: String) {
        if rawValue == "self" {
            self = .myself
        } else if let relative = Relation(rawValue: rawValue) {
            self = .relative(relative)
        } else {
            return nil
        }
    }

    /// How it is stored and posted.
    var rawValue: String {
        switch self {
        case .myself: return "self"
        case .relative(let relative): return relative.rawValue
        }
    }
}
