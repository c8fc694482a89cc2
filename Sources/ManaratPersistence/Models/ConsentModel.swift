import Fluent
import Foundation
import ManaratDomain

/// A row of `consents`: the beneficiary's consent to processing, with the notice version.
public final class ConsentModel: Model, @unchecked Sendable {
    public static let schema = "consents"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "notice_version") public var noticeVersion: String
    @Field(key: "channel") public var channel: String
    @OptionalField(key: "staff_id") public var staffID: UUID?
    @Field(key: "given_at") public var givenAt: Date
    @OptionalField(key: "withdrawn_at") public var withdrawnAt: Date?
    public init() {}
}
