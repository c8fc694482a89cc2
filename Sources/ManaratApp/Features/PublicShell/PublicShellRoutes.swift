import ManaratDomain
import Vapor

/// The public shell's routes: the home page, the language switch, the stylesheet, health and the
/// services list.
enum PublicShellRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let controller = PublicController()
        routes.on(.GET, PublicURL.home, access: .everyone, use: controller.home)
        routes.on(.POST, PublicURL.setLanguage, access: .everyone, use: controller.setLanguage)
        routes.on(.GET, PublicURL.stylesheet, access: .everyone, use: controller.stylesheet)
        routes.on(.GET, PublicURL.health, access: .everyone, use: controller.health)
        routes.on(.GET, PublicURL.services, access: .everyone, use: controller.services)
        if configuration.benchmarkRoute {
            routes.on(.GET, PublicURL.benchmarkHello, access: .everyone) { _ in "hello" }
        }
    }
}
