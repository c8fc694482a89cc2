import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Runs the outbox worker inside `serve`, from boot until shutdown.
final class OutboxWorkerLifecycle: LifecycleHandler, @unchecked Sendable {
    private var task: Task<Void, Never>?

    func didBootAsync(_ application: Application) async throws {
        let worker = OutboxWorker(app: application)
        let holder =
            "serve-\(ProcessInfo.processInfo.processIdentifier)-\(application.manarat.configuration.ids.next().uuidString.prefix(8))"
        task = Task { await worker.run(holder: holder) }
    }

    func shutdownAsync(_ application: Application) async {
        task?.cancel()
        await task?.value
    }
}
