@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

extension Application {
    private struct ServicesKey: StorageKey {
        typealias Value = AppServices
    }

    /// The shared services; set once by `buildApplication`.
    public var manarat: AppServices {
        get {
            guard let services = storage[ServicesKey.self] else {
                fatalError("buildApplication(_:configuration:) must run before the app is used")
            }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}
