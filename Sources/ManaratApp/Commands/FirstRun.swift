import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// What `swift run manarat` does on a database with no staff: a first administrator with a
/// random password shown once, and the demo data unless `--no-demo` was given.
enum FirstRun {
    static func prepare(_ app: Application, arguments: [String]) async throws {
        guard try await StaffRepository(database: app.db).count() == 0 else { return }
        let password = TemporaryPassword.make(length: 16)
        let admin = try await AdminAccount.create(
            app, username: "admin", displayName: "مدير النظام", password: password, mustChange: true)
        var lines = [
            "",
            "==================================================================",
            " Manarat is ready. A first administrator was created:",
            "   username: \(admin.username)",
            "   password: \(password)",
            " This password is shown only now; you will be asked to change it.",
        ]
        if app.manarat.configuration.loadDemoOnFirstRun {
            let demo = try await DemoData.seed(
                app,
                options: .init(
                    branches: 3, password: TemporaryPassword.make(length: 12), beneficiaries: 120, requests: 80),
                progress: { _ in })
            lines += [
                " Demo data was loaded: \(demo.branches) branches, \(demo.staff) staff accounts in every role, \(demo.beneficiaries) beneficiaries, \(demo.requests) support requests, \(demo.articles) FAQ articles.",
                "   demo staff password (all demo accounts): \(demo.password)",
                "   demo usernames: \(demo.usernames.prefix(6).joined(separator: ", ")), …",
            ]
        }
        lines += [
            " Sign in at \(Self.address(arguments))/staff/sign-in",
            "==================================================================",
            "",
        ]
        print(lines.joined(separator: "\n"))
    }
}

extension FirstRun {
    /// The address `serve` will listen on, from its `--hostname`/`--port` arguments.
    static func address(_ arguments: [String]) -> String {
        func value(_ names: [String]) -> String? {
            guard let index = arguments.firstIndex(where: names.contains), index + 1 < arguments.count else {
                return nil
            }
            return arguments[index + 1]
        }
        return "http://\(value(["--hostname", "-H"]) ?? "127.0.0.1"):\(value(["--port", "-p"]) ?? "8080")"
    }
}
