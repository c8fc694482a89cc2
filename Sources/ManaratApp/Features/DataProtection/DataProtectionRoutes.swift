import ManaratDomain
import Vapor

/// Personal-data protection: the breach register, the retention schedule with legal holds, and
/// the beneficiaries' data-subject requests.
enum DataProtectionRoutes {
    /// Who answers data-subject requests.
    static let dataOfficers: Set<Role> = [.admin, .quality, .relations]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let breaches = BreachController()
        routes.on(.GET, StaffURL.breaches, access: .staff([.admin]), use: breaches.list)
        routes.on(.POST, StaffURL.breaches, access: .staff([.admin]), use: breaches.create)
        routes.on(
            .POST, StaffURL.breachRegulatorNotified(placeholder), access: .staff([.admin]),
            use: breaches.regulatorNotified)
        routes.on(
            .POST, StaffURL.breachSubjectsNotified(placeholder), access: .staff([.admin]),
            use: breaches.subjectsNotified)

        let retention = RetentionController()
        routes.on(.GET, StaffURL.retention, access: .staff([.admin]), use: retention.show)
        routes.on(.POST, StaffURL.retention, access: .staff([.admin]), use: retention.saveSchedule)
        routes.on(.POST, StaffURL.legalHolds, access: .staff([.admin]), use: retention.addHold)
        routes.on(.POST, StaffURL.legalHoldRelease(placeholder), access: .staff([.admin]), use: retention.releaseHold)

        let dataRequests = DataRequestController()
        routes.on(.GET, StaffURL.dataRequests, access: .staff(dataOfficers), use: dataRequests.list)
        routes.on(
            .POST, StaffURL.dataRequestAnswer(placeholder), access: .staff(dataOfficers), use: dataRequests.answer)
        routes.on(
            .POST, StaffURL.dataRequestExtend(placeholder), access: .staff(dataOfficers), use: dataRequests.extend)
    }
}
