import Foundation
import ManaratDomain

extension BeneficiaryRepository: BeneficiaryStore {
    public func duplicates(of candidate: PersonFingerprint, excluding id: UUID?) async throws -> [PossibleDuplicate] {
        try await possibleDuplicates(of: candidate, excluding: id).map {
            PossibleDuplicate(summary: $0.summary, match: $0.match)
        }
    }
}
