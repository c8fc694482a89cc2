import Fluent
import Foundation
import ManaratDomain

/// A row of `search_terms`: one normalized word (or number) that finds a beneficiary.
public final class SearchTermModel: Model, @unchecked Sendable {
    public static let schema = "search_terms"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "term") public var term: String
    public init() {}

    init(id: UUID, beneficiaryID: UUID, term: String) {
        self.id = id
        self.beneficiaryID = beneficiaryID
        self.term = term
    }
}
