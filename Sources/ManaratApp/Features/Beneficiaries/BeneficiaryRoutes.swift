import ManaratDomain
import Vapor

/// The beneficiary registry: the list, registration, the file and its edits.
enum BeneficiaryRoutes {
    /// Every staff role may read the registry; what each sees is trimmed by `SensitiveData`.
    static let readers: Set<Role> = Set(Role.allCases)
    /// Who registers and edits beneficiaries and their households.
    static let editors: Set<Role> = [.admin, .relations, .researcher]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let beneficiaries = BeneficiaryController()
        routes.on(.GET, StaffURL.beneficiaries, access: .staff(readers), use: beneficiaries.list)
        routes.on(.GET, StaffURL.beneficiaryNew, access: .staff(editors), use: beneficiaries.showNew)
        routes.on(.POST, StaffURL.beneficiaryNew, access: .staff(editors), use: beneficiaries.create)
        routes.on(.GET, StaffURL.beneficiary(placeholder), access: .staff(readers), use: beneficiaries.file)
        routes.on(.GET, StaffURL.beneficiaryEdit(placeholder), access: .staff(editors), use: beneficiaries.showEdit)
        routes.on(.POST, StaffURL.beneficiaryEdit(placeholder), access: .staff(editors), use: beneficiaries.update)
        routes.on(
            .POST, StaffURL.beneficiaryDuplicate(placeholder), access: .staff(editors),
            use: beneficiaries.decideDuplicate)
    }
}
