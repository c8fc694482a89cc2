import ManaratDomain
import ManaratPersistence
import Vapor

/// The public routes.
enum PublicRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let controller = PublicController()
        routes.on(.GET, PublicURL.home, access: .everyone, use: controller.home)
        routes.on(.POST, PublicURL.setLanguage, access: .everyone, use: controller.setLanguage)
        routes.on(.GET, PublicURL.stylesheet, access: .everyone, use: controller.stylesheet)
        routes.on(.GET, PublicURL.health, access: .everyone, use: controller.health)
        let volunteers = VolunteerController()
        routes.on(.GET, PublicURL.volunteerApply, access: .everyone, use: volunteers.showPublicApplication)
        routes.on(.POST, PublicURL.volunteerApply, access: .everyone, use: volunteers.submitPublicApplication)
        routes.on(.GET, PublicURL.volunteerThanks, access: .everyone, use: volunteers.publicThanks)
        if configuration.benchmarkRoute {
            routes.on(.GET, PublicURL.benchmarkHello, access: .everyone) { _ in "hello" }
        }
    }
}

/// The staff desk's routes, each with the roles that may use it.
enum StaffRoutes {
    /// Who may read the audit log.
    static let auditRoles: Set<Role> = [.admin, .quality]

    static func register(on routes: any RoutesBuilder) {
        let signIn = SignInController()
        routes.on(.GET, StaffURL.signIn, access: .everyone, use: signIn.show)
        routes.on(.POST, StaffURL.signIn, access: .everyone, use: signIn.signIn)
        routes.on(.POST, StaffURL.signOut, access: .anyStaff, use: signIn.signOut)

        let desk = DeskController()
        routes.on(.GET, StaffURL.home, access: .anyStaff, use: desk.home)
        routes.on(.GET, StaffURL.password, access: .anyStaff, use: desk.showPassword)
        routes.on(.POST, StaffURL.password, access: .anyStaff, use: desk.changePassword)

        let staff = StaffAdminController()
        routes.on(.GET, StaffURL.staffList, access: .staff([.admin]), use: staff.list)
        routes.on(.GET, StaffURL.staffNew, access: .staff([.admin]), use: staff.showNew)
        routes.on(.POST, StaffURL.staffNew, access: .staff([.admin]), use: staff.create)
        routes.on(.GET, StaffURL.staffEdit(.routePlaceholder), access: .staff([.admin]), use: staff.showEdit)
        routes.on(.POST, StaffURL.staffEdit(.routePlaceholder), access: .staff([.admin]), use: staff.update)
        routes.on(.POST, StaffURL.staffResetPassword(.routePlaceholder), access: .staff([.admin]), use: staff.resetPassword)

        let branches = BranchAdminController()
        routes.on(.GET, StaffURL.branchList, access: .staff([.admin]), use: branches.list)
        routes.on(.GET, StaffURL.branchNew, access: .staff([.admin]), use: branches.showNew)
        routes.on(.POST, StaffURL.branchNew, access: .staff([.admin]), use: branches.create)
        routes.on(.GET, StaffURL.branchEdit(.routePlaceholder), access: .staff([.admin]), use: branches.showEdit)
        routes.on(.POST, StaffURL.branchEdit(.routePlaceholder), access: .staff([.admin]), use: branches.update)

        routes.on(.GET, StaffURL.audit, access: .staff(auditRoles), use: AuditController().browse)
        RegistryRoutes.register(on: routes)
    }
}

/// The public pages and the small shared endpoints.
struct PublicController {
    struct LanguageForm: Content {
        var language: String?
        var back: String?
    }

    func home(_ request: Request) async throws -> Response {
        .html(HomePage.render(context: PageContext(request: request)))
    }

    func setLanguage(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LanguageForm.self)
        guard let language = form.language.flatMap(Language.init(rawValue:)) else {
            throw Abort(.badRequest)
        }
        let response = request.redirect(to: request.safeLocalPath(form.back, fallback: PublicURL.home.path), redirectType: .normal)
        response.cookies[LanguageCookie.name] = LanguageCookie.value(language, secure: request.isSecureConnection)
        return response
    }

    func stylesheet(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    func health(_ request: Request) async throws -> Response {
        _ = try await ManaratPersistenceHealth.check(request.db)
        return Response(status: .ok, body: .init(string: "ok"))
    }
}

/// The registry's routes: beneficiaries, households, contacts, categories, supporters, volunteers.
enum RegistryRoutes {
    /// Every staff role may read the registry; what each sees is trimmed by `SensitiveData`.
    static let readers: Set<Role> = Set(Role.allCases)
    /// Who registers and edits beneficiaries and their households.
    static let editors: Set<Role> = [.admin, .relations, .researcher]
    /// Who records contacts and follow-ups.
    static let contactRecorders: Set<Role> = [.admin, .relations, .researcher, .delivery]
    /// Who manages supporters and volunteers.
    static let partyManagers: Set<Role> = [.admin, .relations]
    /// Who may read supporters and volunteers.
    static let partyReaders: Set<Role> = [.admin, .relations, .quality]

    static func register(on routes: any RoutesBuilder) {
        let placeholder = UUID.routePlaceholder
        let beneficiaries = BeneficiaryController()
        routes.on(.GET, StaffURL.beneficiaries, access: .staff(readers), use: beneficiaries.list)
        routes.on(.GET, StaffURL.beneficiaryNew, access: .staff(editors), use: beneficiaries.showNew)
        routes.on(.POST, StaffURL.beneficiaryNew, access: .staff(editors), use: beneficiaries.create)
        routes.on(.GET, StaffURL.beneficiary(placeholder), access: .staff(readers), use: beneficiaries.file)
        routes.on(.GET, StaffURL.beneficiaryEdit(placeholder), access: .staff(editors), use: beneficiaries.showEdit)
        routes.on(.POST, StaffURL.beneficiaryEdit(placeholder), access: .staff(editors), use: beneficiaries.update)
        routes.on(.POST, StaffURL.beneficiaryDuplicate(placeholder), access: .staff(editors), use: beneficiaries.decideDuplicate)

        let households = HouseholdController()
        routes.on(.POST, StaffURL.beneficiaryHousehold(placeholder), access: .staff(editors), use: households.saveFinances)
        routes.on(.POST, StaffURL.beneficiaryMemberNew(placeholder), access: .staff(editors), use: households.addMember)
        routes.on(.POST, StaffURL.beneficiaryMemberRemove(placeholder, placeholder), access: .staff(editors), use: households.removeMember)

        let assessments = AssessmentController()
        routes.on(.GET, StaffURL.beneficiaryAssessment(placeholder), access: .staff(editors), use: assessments.show)
        routes.on(.POST, StaffURL.beneficiaryAssessment(placeholder), access: .staff(editors), use: assessments.create)
        routes.on(.GET, StaffURL.needsWeights, access: .staff([.admin]), use: assessments.showWeights)
        routes.on(.POST, StaffURL.needsWeights, access: .staff([.admin]), use: assessments.saveWeights)

        let contacts = ContactController()
        routes.on(.POST, StaffURL.beneficiaryContact(placeholder), access: .staff(contactRecorders), use: contacts.addForBeneficiary)
        routes.on(.POST, StaffURL.supporterContact(placeholder), access: .staff(partyManagers), use: contacts.addForSupporter)
        routes.on(.POST, StaffURL.volunteerContact(placeholder), access: .staff(partyManagers), use: contacts.addForVolunteer)
        routes.on(.POST, StaffURL.followUpDone(placeholder), access: .staff(contactRecorders), use: contacts.markDone)

        let categories = CategoryController()
        routes.on(.GET, StaffURL.categories, access: .staff([.admin]), use: categories.list)
        routes.on(.GET, StaffURL.categoryNew, access: .staff([.admin]), use: categories.showNew)
        routes.on(.POST, StaffURL.categoryNew, access: .staff([.admin]), use: categories.create)
        routes.on(.GET, StaffURL.categoryEdit(placeholder), access: .staff([.admin]), use: categories.showEdit)
        routes.on(.POST, StaffURL.categoryEdit(placeholder), access: .staff([.admin]), use: categories.update)

        let supporters = SupporterController()
        routes.on(.GET, StaffURL.supporters, access: .staff(partyReaders), use: supporters.list)
        routes.on(.GET, StaffURL.supporterNew, access: .staff(partyManagers), use: supporters.showNew)
        routes.on(.POST, StaffURL.supporterNew, access: .staff(partyManagers), use: supporters.create)
        routes.on(.GET, StaffURL.supporter(placeholder), access: .staff(partyReaders), use: supporters.show)
        routes.on(.GET, StaffURL.supporterEdit(placeholder), access: .staff(partyManagers), use: supporters.showEdit)
        routes.on(.POST, StaffURL.supporterEdit(placeholder), access: .staff(partyManagers), use: supporters.update)
        routes.on(.POST, StaffURL.supporterEntry(placeholder), access: .staff(partyManagers), use: supporters.addEntry)

        let volunteers = VolunteerController()
        routes.on(.GET, StaffURL.volunteers, access: .staff(partyReaders), use: volunteers.list)
        routes.on(.GET, StaffURL.volunteerNew, access: .staff(partyManagers), use: volunteers.showNew)
        routes.on(.POST, StaffURL.volunteerNew, access: .staff(partyManagers), use: volunteers.create)
        routes.on(.GET, StaffURL.volunteer(placeholder), access: .staff(partyReaders), use: volunteers.show)
        routes.on(.POST, StaffURL.volunteerStatus(placeholder), access: .staff(partyManagers), use: volunteers.setStatus)
        routes.on(.POST, StaffURL.volunteerAssignment(placeholder), access: .staff(partyManagers), use: volunteers.addAssignment)
        routes.on(.POST, StaffURL.volunteerHours(placeholder), access: .staff(partyManagers), use: volunteers.addHours)
    }
}
