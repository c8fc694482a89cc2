import Foundation
import ManaratDomain
import SQLKit

extension RequestListItem {
    /// Seven columns of `support_requests`, with the applicant's name and the type's names joined
    /// by primary key into the same query.
    static let shape = RequestQueryShape(
        columns: [
            "id", "reference", "beneficiary_id", "request_type_id", "status", "expected_response_on", "decided_at",
        ],
        joins: [
            RequestJoin(
                table: "beneficiaries", alias: "applicant", on: "beneficiary_id",
                columns: ["first_name", "father_name", "family_name"]),
            RequestJoin(table: "request_types", alias: "kind", on: "request_type_id", columns: ["name_ar", "name_en"]),
        ]
    )

    /// A list line read from the row `shape` selects.
    init(_ row: any SQLRow) throws {
        let names = [
            try row.decode(column: "applicant_first_name", as: String?.self),
            try row.decode(column: "applicant_father_name", as: String?.self),
            try row.decode(column: "applicant_family_name", as: String?.self),
        ]
        self.init(
            id: try row.decode(column: "id", as: UUID.self),
            reference: try row.decode(column: "reference", as: String.self),
            beneficiaryID: try row.decode(column: "beneficiary_id", as: UUID.self),
            typeID: try row.decode(column: "request_type_id", as: UUID.self),
            typeNameArabic: try row.decode(column: "kind_name_ar", as: String?.self) ?? "",
            typeNameEnglish: try row.decode(column: "kind_name_en", as: String?.self) ?? "",
            status: RequestStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            expectedResponseOn: try row.decode(column: "expected_response_on", as: String?.self).flatMap(
                GregorianDay.init(iso:)),
            decidedAt: try row.decode(column: "decided_at", as: Date?.self),
            beneficiaryName: names.compactMap { $0 }.joined(separator: " ")
        )
    }
}
