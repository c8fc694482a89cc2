import Foundation
import ManaratPersistence
import NIOCore
import NIOPosix
import Vapor

/// Runs the `manarat` executable: parses the command line, builds the app and runs the command.
public enum Manarat {
    /// Runs the command named on the command line (`serve` when none) and returns the exit code.
    public static func run() async -> Int32 {
        // Async work then runs on the event loops that serve HTTP and complete database queries,
        // instead of hopping to a separate pool and back at every await (as Vapor's template does).
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        do {
            var environment = try Environment.detect()
            try LoggingSystem.bootstrap(from: &environment)
            var configuration = AppConfiguration.from(environment: ProcessInfo.processInfo.environment)
            if environment.arguments.contains("--no-demo") {
                configuration.loadDemoOnFirstRun = false
                environment.arguments.removeAll { $0 == "--no-demo" }
            }
            let app = try await Application.make(environment)
            do {
                try await buildApplication(app, configuration: configuration)
                let arguments = environment.arguments
                let command = arguments.count > 1 && !arguments[1].hasPrefix("-") ? arguments[1] : "serve"
                if command == "serve" {
                    try await app.autoMigrate()
                    try await loadSigningKey(app)
                    try await FirstRun.prepare(app, arguments: arguments)
                    if configuration.notifications.runWorkerInServe {
                        app.lifecycle.use(OutboxWorkerLifecycle())
                    }
                }
                try await app.execute()
                try await app.asyncShutdown()
                return 0
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            return 1
        } catch {
            FileHandle.standardError.write(Data(("manarat: \(error)\n").utf8))
            return 1
        }
    }
}
