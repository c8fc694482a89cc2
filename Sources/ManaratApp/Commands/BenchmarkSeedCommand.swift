import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// `manarat benchmark-seed`: the data set `Benchmarks/run.sh` measures: the demo generator's
/// branches, beneficiaries and requests (about one in ten mentions "كفالة", submitted over the past
/// year, in every status), and a relations employee `bench` who works across all branches.
struct BenchmarkSeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "requests", help: "How many support requests; default 20000")
        var requests: Int?
        @Option(name: "beneficiaries", help: "How many beneficiaries; default a fifth of the requests")
        var beneficiaries: Int?
        @Option(name: "password", help: "The password of the `bench` account and of the demo staff")
        var password: String?
    }

    var help: String { "Seeds the benchmark data set and the `bench` staff account" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        // What these commands write is sealed: with another key than the database's, refuse.
        try await checkDataKey(app)
        let requests = max(0, min(signature.requests ?? 20_000, 5_000_000))
        let beneficiaries = max(1, min(signature.beneficiaries ?? max(100, requests / 5), 2_000_000))
        let password = signature.password ?? TemporaryPassword.make(length: 16)
        guard PasswordRule.violations(of: password).isEmpty else {
            throw CommandFailure(
                message: "benchmark-seed: the password must be at least \(PasswordRule.minimumLength) characters")
        }
        let clock = app.manarat.configuration.clock
        let started = clock.now()
        var lastPrinted = Date.distantPast
        let result = try await DemoData.seed(
            app, options: .init(branches: 3, password: password, beneficiaries: beneficiaries, requests: requests)
        ) { line in
            // A large seed makes thousands of batches: one line a second is a progress bar, not a flood.
            guard clock.now().timeIntervalSince(lastPrinted) >= 1 || line.hasPrefix("branch") else { return }
            lastPrinted = clock.now()
            context.console.print(line + "  [\(Int(clock.now().timeIntervalSince(started))) s]")
        }
        if try await !StaffRepository(database: app.db).usernameTaken("bench") {
            let configuration = app.manarat.configuration
            let hash = try await app.threadPool.runIfActive {
                try Bcrypt.hash(password, cost: configuration.bcryptCost)
            }
            let draft = StaffDraft(
                username: "bench", displayName: "حساب قياس الأداء", roles: [.relations], branchID: nil, isActive: true)
            let id = configuration.ids.next()
            let now = configuration.clock.now()
            try await app.db.writeTransaction { db in
                _ = try await StaffRepository(database: db).create(
                    id: id, draft: draft, passwordHash: hash, mustChangePassword: false, at: now)
                try await AuditLog(database: db).append(
                    AuditEvent(
                        actorID: nil, actorName: "system", actingRole: nil, action: .staffCreate, recordType: .staff,
                        recordID: id.uuidString, summary: "benchmark account bench", clientIP: nil), at: now)
            }
        }
        let seconds = max(clock.now().timeIntervalSince(started), 0.001)
        let rows = result.beneficiaries + result.requests
        context.console.print(
            "benchmark-seed: \(result.requests) requests, \(result.beneficiaries) beneficiaries in \(String(format: "%.1f", seconds)) s (\(Int(Double(rows) / seconds)) records/s); sign in as bench"
        )
    }
}
