import Fluent
import Foundation
import ManaratDomain

/// A row of `policy_versions`.
public final class PolicyVersionModel: Model, @unchecked Sendable {
    public static let schema = "policy_versions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") public var kind: String
    @Field(key: "label") public var label: String
    @Field(key: "decision_number") public var decisionNumber: String
    @Field(key: "approved_on") public var approvedOn: String
    @Field(key: "approving_body") public var approvingBody: String
    @Field(key: "text_ar") public var textArabic: String
    @Field(key: "text_en") public var textEnglish: String
    @OptionalField(key: "file_sha256") public var fileSHA256: String?
    @Field(key: "published_at") public var publishedAt: Date
    @Field(key: "is_current") public var isCurrent: Bool
    public init() {}
}
