import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

extension Strings {
    func policyDocument(_ kind: PolicyDocumentKind) -> String {
        switch kind {
        case .relationsPolicy: return self[.docRelationsPolicy]
        case .bylaws: return self[.docBylaws]
        case .researchGuide: return self[.docResearchGuide]
        case .supportPolicyGuide: return self[.docSupportGuide]
        case .requestForm: return self[.docRequestForm]
        }
    }
}
