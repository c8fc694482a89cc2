import ManaratDomain
import Vapor

/// The support request, staff side and portal side: intake with documents and the attestation,
/// submission, referral, research and the visit, and the beneficiary's own application.
enum RequestRoutes {
    static let readers: Set<Role> = Set(Role.allCases)
    /// Intake is the beneficiary-relations employee's (and an administrator's).
    static let intake: Set<Role> = [.admin, .relations]
    static let uploaders: Set<Role> = [.admin, .relations, .researcher]
    static let toCommittee: Set<Role> = [.admin, .relations, .researcher]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let uploads = HTTPBodyStreamStrategy.collect(maxSize: Uploads.bodyLimit(configuration))
        let requests = RequestController()
        routes.on(.GET, StaffURL.requests, access: .staff(readers), use: requests.list)
        routes.on(.GET, StaffURL.requestNew(placeholder), access: .staff(intake), use: requests.showNew)
        routes.on(.POST, StaffURL.requestNew(placeholder), access: .staff(intake), use: requests.create)
        routes.on(.GET, StaffURL.request(placeholder), access: .staff(readers), use: requests.show)
        routes.on(
            .POST, StaffURL.requestDocuments(placeholder), access: .staff(uploaders), body: uploads,
            use: requests.uploadDocument)
        routes.on(
            .POST, StaffURL.requestAttest(placeholder), access: .staff(intake), body: uploads, use: requests.attest)
        routes.on(.POST, StaffURL.requestSubmit(placeholder), access: .staff(intake), use: requests.submit)
        routes.on(.POST, StaffURL.requestRefer(placeholder), access: .staff(intake), use: requests.refer)
        routes.on(.POST, StaffURL.requestResearch(placeholder), access: .staff([.researcher]), use: requests.research)
        routes.on(.POST, StaffURL.requestVisit(placeholder), access: .staff([.researcher]), use: requests.scheduleVisit)
        routes.on(
            .POST, StaffURL.requestToCommittee(placeholder), access: .staff(toCommittee), use: requests.sendToCommittee)
        routes.on(.POST, StaffURL.requestWithdraw(placeholder), access: .staff(intake), use: requests.withdraw)
        routes.on(.GET, StaffURL.requestEdit(placeholder), access: .staff(intake), use: requests.showEdit)
        routes.on(.POST, StaffURL.requestEdit(placeholder), access: .staff(intake), use: requests.saveEdit)
        routes.on(.GET, StaffURL.document(placeholder), access: .staff(readers), use: requests.download)

        let portal = PortalRequestController()
        routes.on(.GET, PortalURL.apply, access: .beneficiary, use: portal.apply)
        routes.on(.GET, PortalURL.applyType(placeholder), access: .beneficiary, use: portal.showApplyType)
        routes.on(.POST, PortalURL.applyType(placeholder), access: .beneficiary, use: portal.createDraft)
        routes.on(.GET, PortalURL.request(placeholder), access: .beneficiary, use: portal.showRequest)
        routes.on(
            .POST, PortalURL.requestDocuments(placeholder), access: .beneficiary, body: uploads,
            use: portal.uploadDocument)
        routes.on(.GET, PortalURL.requestEdit(placeholder), access: .beneficiary, use: portal.showEditDraft)
        routes.on(.POST, PortalURL.requestEdit(placeholder), access: .beneficiary, use: portal.saveDraft)
        routes.on(.POST, PortalURL.requestAttest(placeholder), access: .beneficiary, use: portal.attest)
        routes.on(.POST, PortalURL.requestSubmit(placeholder), access: .beneficiary, use: portal.submit)
        routes.on(.POST, PortalURL.requestRate(placeholder), access: .beneficiary, use: portal.rate)
    }
}
