import ManaratDomain
import Vapor

/// A request about one's own data, as posted from "my data".
struct DataRequestForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case kind, details
    }

    var kind: String?
    var details: String?

    /// The longest request kept.
    static let detailsLimit = 2000

    /// The kind and the request's words (cut at 2 000 characters), or nil when either is missing.
    func parsed() -> (kind: DataRequestKind, details: String)? {
        let details = (details ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let kind = kind.flatMap(DataRequestKind.init(rawValue:)), !details.isEmpty else { return nil }
        return (kind, String(details.prefix(Self.detailsLimit)))
    }
}
