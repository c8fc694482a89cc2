/// A needs-assessment or weights field that could not be read, named as the HTML names it.
enum NeedsProblem: Equatable, Sendable {
    /// Not an amount of money.
    case amount(field: String)
    /// Not a whole number from `minimum` to `maximum`.
    case count(field: String, minimum: Int, maximum: Int)

    /// The field the page marks.
    var field: String {
        switch self {
        case .amount(let field), .count(let field, _, _): return field
        }
    }
}
