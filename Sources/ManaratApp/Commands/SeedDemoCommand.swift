import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// `manarat seed-demo`: realistic Arabic demo data.
struct SeedDemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "branches", help: "How many branches (1-\(DemoData.branchCatalog.count)); default 3")
        var branches: Int?
        @Option(name: "password", help: "The password of every demo staff account; generated when omitted")
        var password: String?
        @Option(name: "beneficiaries", help: "How many demo beneficiaries (with households and contacts); default 200")
        var beneficiaries: Int?
        @Option(
            name: "requests", help: "How many demo support requests in every status; default half the beneficiaries")
        var requests: Int?
    }

    var help: String { "Loads demo branches and staff in every role" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        // What these commands write is sealed: with another key than the database's, refuse.
        try await checkDataKey(app)
        let branches = max(1, min(signature.branches ?? 3, DemoData.branchCatalog.count))
        let password = signature.password ?? TemporaryPassword.make(length: 12)
        guard PasswordRule.violations(of: password).isEmpty else {
            throw CommandFailure(
                message: "seed-demo: the password must be at least \(PasswordRule.minimumLength) characters")
        }
        let count = max(0, min(signature.beneficiaries ?? 200, 2_000_000))
        let requests = max(0, min(signature.requests ?? count / 2, 5_000_000))
        let result = try await DemoData.seed(
            app, options: .init(branches: branches, password: password, beneficiaries: count, requests: requests)
        ) { line in
            context.console.print(line)
        }
        context.console.print(
            "Demo data: \(result.branches) branches, \(result.staff) staff accounts, \(result.beneficiaries) beneficiaries, \(result.requests) requests, \(result.articles) FAQ articles; staff password for all: \(result.password)"
        )
    }
}
