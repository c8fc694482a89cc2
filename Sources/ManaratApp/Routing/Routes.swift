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
