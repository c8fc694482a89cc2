import ManaratDomain
import Vapor

/// The portal's shell: sign-in with a one-time code, registration, the home page, the profile
/// and my data.
enum PortalShellRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let auth = PortalAuthController()
        routes.on(.GET, PortalURL.signIn, access: .everyone, use: auth.showSignIn)
        routes.on(.POST, PortalURL.signIn, access: .everyone, use: auth.sendCode)
        routes.on(.GET, PortalURL.code, access: .everyone, use: auth.showCode)
        routes.on(.POST, PortalURL.code, access: .everyone, use: auth.verifyCode)
        routes.on(.GET, PortalURL.register, access: .everyone, use: auth.showRegister)
        routes.on(.POST, PortalURL.register, access: .everyone, use: auth.register)
        routes.on(.POST, PortalURL.signOut, access: .beneficiary, use: auth.signOut)

        let portal = PortalController()
        routes.on(.GET, PortalURL.home, access: .beneficiary, use: portal.home)
        routes.on(.GET, PortalURL.profile, access: .beneficiary, use: portal.profile)
        routes.on(.POST, PortalURL.profile, access: .beneficiary, use: portal.saveProfile)
        routes.on(.GET, PortalURL.myData, access: .beneficiary, use: portal.myData)
        routes.on(.GET, PortalURL.myDataJSON, access: .beneficiary, use: portal.myDataJSON)
        routes.on(.GET, PortalURL.myDataHTML, access: .beneficiary, use: portal.myDataHTML)
        routes.on(.POST, PortalURL.dataRequest, access: .beneficiary, use: portal.dataRequest)
        routes.on(.POST, PortalURL.withdrawConsent, access: .beneficiary, use: portal.withdrawConsent)
    }
}
