import Fluent
import Foundation
import ManaratDomain

/// A row of `job_leases`.
final class JobLeaseModel: Model, @unchecked Sendable {
    static let schema = "job_leases"

    @ID(custom: "name", generatedBy: .user) var id: String?
    @Field(key: "holder") var holder: String
    @Field(key: "lease_until") var leaseUntil: Date
    @OptionalField(key: "last_run_at") var lastRunAt: Date?

    init() {}
}
