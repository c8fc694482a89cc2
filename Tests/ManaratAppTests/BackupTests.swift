import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor

@Suite("Backups of the embedded database")
struct BackupTests {
    @Test(
        "a copy taken while the application runs restores with every record and an intact audit chain; an existing file is never overwritten"
    )
    func roundTrip() async throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent(
            "manarat-backup-\(UUID().uuidString).sqlite"
        ).path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) } }
        var beneficiaryID: UUID?
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            beneficiaryID = beneficiary.id
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await relations.get("/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())")
            guard app.db.isSQLite else {
                // PostgreSQL is copied with pg_dump; the application refuses rather than pretend.
                await #expect(throws: Backup.Refusal.notSQLite) { try await Backup.sqlite(app.db, to: target) }
                return
            }
            // act
            try await Backup.sqlite(app.db, to: target)
            // assert
            await #expect(throws: Backup.Refusal.targetExists(target)) { try await Backup.sqlite(app.db, to: target) }
        }
        guard FileManager.default.fileExists(atPath: target) else { return }
        // act: the copy opened as the database of a new application
        try await withApp(configure: { $0.database = .sqlite(path: target) }) { restored, _ in
            // assert
            let id = try #require(beneficiaryID)
            #expect(try await BeneficiaryRepository(database: restored.db).find(id: id)?.name.first == "أحمد")
            #expect(try await AuditLog(database: restored.db).verify() == nil)
            #expect(try await AuditEntryModel.query(on: restored.db).count() > 0)
        }
    }
}
