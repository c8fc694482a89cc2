import ManaratDomain
import Vapor

/// The needs assessment of a beneficiary, and the weights an administrator sets for it.
enum NeedsAssessmentRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let editors = BeneficiaryRoutes.editors
        let assessments = AssessmentController()
        routes.on(.GET, StaffURL.beneficiaryAssessment(placeholder), access: .staff(editors), use: assessments.show)
        routes.on(.POST, StaffURL.beneficiaryAssessment(placeholder), access: .staff(editors), use: assessments.create)
        routes.on(.GET, StaffURL.needsWeights, access: .staff([.admin]), use: assessments.showWeights)
        routes.on(.POST, StaffURL.needsWeights, access: .staff([.admin]), use: assessments.saveWeights)
    }
}
