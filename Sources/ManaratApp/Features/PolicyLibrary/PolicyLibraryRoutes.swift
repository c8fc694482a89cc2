import ManaratDomain
import Vapor

/// The versioned policy library: the public approved policy, staff reading and acknowledging,
/// and an administrator publishing a new version.
enum PolicyLibraryRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let library = LibraryController()
        routes.on(.GET, PublicURL.policy, access: .everyone, use: library.publicPolicy)
        routes.on(.GET, PublicURL.policyFile, access: .everyone, use: library.publicPolicyFile)
        routes.on(.GET, StaffURL.libraryFile(placeholder), access: .anyStaff, use: library.versionFile)
        routes.on(.GET, StaffURL.library, access: .anyStaff, use: library.list)
        routes.on(.GET, StaffURL.libraryVersion(placeholder), access: .anyStaff, use: library.show)
        routes.on(.POST, StaffURL.libraryAcknowledge(placeholder), access: .anyStaff, use: library.acknowledge)
        routes.on(.GET, StaffURL.libraryPublish(.relationsPolicy), access: .staff([.admin]), use: library.showPublish)
        routes.on(
            .POST, StaffURL.libraryPublish(.relationsPolicy), access: .staff([.admin]),
            body: .collect(maxSize: Uploads.bodyLimit(configuration)), use: library.publish)
    }
}
