import ManaratDomain
import Vapor

/// The staff shell's routes: sign-in, sign-out, the desk and the password page.
enum StaffShellRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let signIn = SignInController()
        routes.on(.GET, StaffURL.signIn, access: .everyone, use: signIn.show)
        routes.on(.POST, StaffURL.signIn, access: .everyone, use: signIn.signIn)
        routes.on(.POST, StaffURL.signOut, access: .anyStaff, use: signIn.signOut)

        let desk = DeskController()
        routes.on(.GET, StaffURL.home, access: .anyStaff, use: desk.home)
        routes.on(.GET, StaffURL.password, access: .anyStaff, use: desk.showPassword)
        routes.on(.POST, StaffURL.password, access: .anyStaff, use: desk.changePassword)
    }
}
