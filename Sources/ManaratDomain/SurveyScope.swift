import Foundation

/// What a satisfaction survey is about: one kind of service, or answered inquiries.
public enum SurveyScope: Hashable, Sendable {
    /// After a service of this kind was delivered.
    case service(ServiceKind)
    /// After an inquiry was answered.
    case inquiry

    /// The stored form, such as "service:cash" or "inquiry".
    public var code: String {
        switch self {
        case .service(let kind): return "service:" + kind.rawValue
        case .inquiry: return "inquiry"
        }
    }

    /// Reads the stored form.
    public init?(code: String) {
        if code == "inquiry" {
            self = .inquiry
            return
        }
        guard code.hasPrefix("service:"), let kind = ServiceKind(rawValue: String(code.dropFirst(8))) else {
            return nil
        }
        self = .service(kind)
    }

    /// Every scope, services first.
    public static let all: [SurveyScope] = ServiceKind.allCases.map { .service($0) } + [.inquiry]
}
