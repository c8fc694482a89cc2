import Foundation
import ManaratDomain
import Vapor

/// The beneficiary self-service portal (بوابة المستفيد).
public enum PortalURL: SiteURL, Equatable {
    case home
    case signIn
    case code
    case register
    case signOut
    case apply
    case applyType(UUID)
    case request(UUID)
    case requestDocuments(UUID)
    case requestEdit(UUID)
    case requestAttest(UUID)
    case requestSubmit(UUID)
    case requestRate(UUID)
    case profile
    case myData
    case myDataJSON
    case myDataHTML
    case dataRequest
    case withdrawConsent
    case ask
    case inquiry(UUID)
    case inquiryRate(UUID)
    case inquiryAttachment(UUID)
    case feedbackItem(UUID)
    case feedbackAppeal(UUID)
    case household
    case inbox
    case notificationSettings

    /// See `SiteURL`.
    public var segments: [Segment] {
        let portal = Segment.literal("portal")
        func id(_ value: UUID) -> Segment { .parameter(name: .id, value: value.uuidString.lowercased()) }
        switch self {
        case .home: return [portal]
        case .signIn: return [portal, .literal("sign-in")]
        case .code: return [portal, .literal("code")]
        case .register: return [portal, .literal("register")]
        case .signOut: return [portal, .literal("sign-out")]
        case .apply: return [portal, .literal("apply")]
        case .applyType(let type): return [portal, .literal("apply"), id(type)]
        case .request(let request): return [portal, .literal("requests"), id(request)]
        case .requestDocuments(let request): return [portal, .literal("requests"), id(request), .literal("documents")]
        case .requestEdit(let request): return [portal, .literal("requests"), id(request), .literal("edit")]
        case .requestAttest(let request): return [portal, .literal("requests"), id(request), .literal("attestation")]
        case .requestSubmit(let request): return [portal, .literal("requests"), id(request), .literal("submit")]
        case .requestRate(let request): return [portal, .literal("requests"), id(request), .literal("rating")]
        case .profile: return [portal, .literal("profile")]
        case .myData: return [portal, .literal("my-data")]
        case .myDataJSON: return [portal, .literal("my-data"), .literal("download.json")]
        case .myDataHTML: return [portal, .literal("my-data"), .literal("download.html")]
        case .dataRequest: return [portal, .literal("my-data"), .literal("requests")]
        case .withdrawConsent: return [portal, .literal("my-data"), .literal("withdraw-consent")]
        case .ask: return [portal, .literal("ask")]
        case .inquiry(let inquiry): return [portal, .literal("inquiries"), id(inquiry)]
        case .inquiryRate(let inquiry): return [portal, .literal("inquiries"), id(inquiry), .literal("rating")]
        case .inquiryAttachment(let inquiry):
            return [portal, .literal("inquiries"), id(inquiry), .literal("attachment")]
        case .feedbackItem(let item): return [portal, .literal("feedback"), id(item)]
        case .feedbackAppeal(let item): return [portal, .literal("feedback"), id(item), .literal("appeal")]
        case .household: return [portal, .literal("household")]
        case .inbox: return [portal, .literal("inbox")]
        case .notificationSettings: return [portal, .literal("notifications")]
        }
    }
}
