import Foundation
import ManaratDomain
import Vapor

/// Pages anyone can open.
public enum PublicURL: SiteURL, Equatable {
    case home
    case setLanguage
    case stylesheet
    case health
    case benchmarkHello
    case volunteerApply
    case volunteerThanks
    case services
    case contact
    case policy
    case policyFile
    case feedback
    case faq
    case faqArticle(UUID)
    case faqVote(UUID)
    case survey(String)

    /// See `SiteURL`.
    public var segments: [Segment] {
        switch self {
        case .volunteerApply: return [.literal("volunteer")]
        case .services: return [.literal("services")]
        case .contact: return [.literal("contact")]
        case .policy: return [.literal("policy")]
        case .policyFile: return [.literal("policy"), .literal("file")]
        case .feedback: return [.literal("feedback")]
        case .faq: return [.literal("faq")]
        case .faqArticle(let id):
            return [.literal("faq"), .parameter(name: .articleID, value: id.uuidString.lowercased())]
        case .faqVote(let id):
            return [.literal("faq"), .parameter(name: .articleID, value: id.uuidString.lowercased()), .literal("vote")]
        case .volunteerThanks: return [.literal("volunteer"), .literal("thanks")]
        case .survey(let token): return [.literal("survey"), .parameter(name: .token, value: token)]
        case .home: return []
        case .setLanguage: return [.literal("language")]
        case .stylesheet: return [.literal("assets"), .literal("manarat.css")]
        case .health: return [.literal("healthz")]
        case .benchmarkHello: return [.literal("bench"), .literal("hello")]
        }
    }
}
