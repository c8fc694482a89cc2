import Foundation

/// The governance documents the policy names, each kept in versions.
public enum PolicyDocumentKind: String, CaseIterable, Codable, Sendable {
    /// The beneficiary relations and service delivery policy itself.
    case relationsPolicy
    /// The association's bylaws (اللائحة الأساسية).
    case bylaws
    /// The social research services guide (دليل خدمات البحث الاجتماعي).
    case researchGuide
    /// The beneficiary support policy guide (دليل سياسة الدعم للمستفيدين).
    case supportPolicyGuide
    /// The beneficiary support request form (طلب دعم مستفيد).
    case requestForm
}
