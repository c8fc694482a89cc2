import ManaratDomain
import Vapor

/// Households: the staff's edits on a file, and the changes a beneficiary proposes from the
/// portal with the staff's decision on them.
enum HouseholdRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let editors = BeneficiaryRoutes.editors
        let households = HouseholdController()
        routes.on(
            .POST, StaffURL.beneficiaryHousehold(placeholder), access: .staff(editors), use: households.saveFinances)
        routes.on(.POST, StaffURL.beneficiaryMemberNew(placeholder), access: .staff(editors), use: households.addMember)
        routes.on(
            .POST, StaffURL.beneficiaryMemberRemove(placeholder, placeholder), access: .staff(editors),
            use: households.removeMember)

        let proposals = HouseholdProposalController()
        routes.on(.GET, PortalURL.household, access: .beneficiary, use: proposals.show)
        routes.on(.POST, PortalURL.household, access: .beneficiary, use: proposals.propose)
        routes.on(.POST, StaffURL.householdProposalDecide(placeholder), access: .staff(editors), use: proposals.decide)
    }
}
