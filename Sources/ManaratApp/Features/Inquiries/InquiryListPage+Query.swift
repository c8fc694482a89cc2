import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension InquiryListPage.Model {
    /// The rows of `open` (the inquiries the viewer's branch may see), `mine` for `staffID`'s own.
    static func query(_ database: any Database, open: [Inquiry], mine: Bool, staffID: UUID?) async throws -> Self {
        let shown = open.filter { !mine || $0.assignedTo == staffID || $0.referredTo == staffID }
        let staffNames = Dictionary(
            uniqueKeysWithValues: try await StaffRepository(database: database).all().map { ($0.id, $0.displayName) })
        var names: [UUID: String] = [:]
        for inquiry in shown where names[inquiry.beneficiaryID] == nil {
            names[inquiry.beneficiaryID] =
                try await BeneficiaryRepository(database: database).find(id: inquiry.beneficiaryID)?.name.full
        }
        return Self(
            mine: mine,
            rows: shown.map {
                Row(
                    inquiry: $0, name: names[$0.beneficiaryID] ?? "",
                    assignee: ($0.assignedTo ?? $0.referredTo).flatMap { staffNames[$0] })
            })
    }
}
