import ManaratDomain
import Vapor

/// Satisfaction surveys: the one-tap survey, the branch tablet, the questions and the figures.
enum SurveyRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let surveys = SurveyController()
        routes.on(.GET, PublicURL.survey("token"), access: .everyone, use: surveys.show)
        routes.on(.POST, PublicURL.survey("token"), access: .everyone, use: surveys.answer)
        routes.on(
            .POST, StaffURL.requestSurveyAtBranch(placeholder), access: .staff(SurveyController.tabletHolders),
            use: surveys.atBranch)

        let surveyAdmin = SurveyAdminController()
        routes.on(.GET, StaffURL.surveys, access: .staff([.admin]), use: surveyAdmin.list)
        routes.on(.GET, StaffURL.surveyEdit("scope"), access: .staff([.admin]), use: surveyAdmin.edit)
        routes.on(.POST, StaffURL.surveyEdit("scope"), access: .staff([.admin]), use: surveyAdmin.save)
        routes.on(
            .GET, StaffURL.surveyResults, access: .staff(SurveyController.resultReaders), use: surveyAdmin.results)
        routes.on(.GET, StaffURL.mySatisfaction, access: .anyStaff, use: surveyAdmin.mine)
    }
}
