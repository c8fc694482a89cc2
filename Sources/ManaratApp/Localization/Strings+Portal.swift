import Foundation
import ManaratDomain
import ManaratPersistence
import Plot

extension Strings {
    func ratingLabel(_ score: Int) -> String {
        [self[.rating1], self[.rating2], self[.rating3], self[.rating4], self[.rating5]][max(1, min(score, 5)) - 1]
    }

    func dataRequestKind(_ kind: String) -> String {
        switch kind {
        case "access": return self[.dataRequestAccess]
        case "correction": return self[.dataRequestCorrection]
        default: return self[.dataRequestDeletion]
        }
    }
}
