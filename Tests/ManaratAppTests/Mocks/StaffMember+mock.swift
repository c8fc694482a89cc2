import Foundation
import ManaratDomain

extension StaffMember {
    /// A quality officer of head office, who may write in the knowledge base.
    static let mockQuality = StaffMember(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, username: "quality.ruh",
        displayName: "نورة القحطاني", roles: [.quality], branchID: nil, isActive: true)

    /// A delivery officer, who reads the knowledge base but does not write in it.
    static let mockDelivery = StaffMember(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a2")!, username: "delivery.ruh",
        displayName: "سالم العتيبي", roles: [.delivery], branchID: nil, isActive: true)

    /// The association's administrator.
    static let mockAdmin = StaffMember(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a0")!, username: "admin", displayName: "مدير النظام",
        roles: [.admin], branchID: nil, isActive: true)
}
