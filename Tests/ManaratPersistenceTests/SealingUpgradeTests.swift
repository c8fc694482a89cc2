import Fluent
import Foundation
import ManaratDomain
import ManaratTestSupport
import SQLKit
import Testing

@testable import ManaratPersistence

@Suite("Upgrading a database written before the data key")
struct SealingUpgradeTests {
    @Test(
        "identity numbers, health notes, search terms and document chunks stored in the clear are sealed by the upgrade, still read back the same, and a second run changes nothing"
    )
    func legacyRowsAreSealed() async throws {
        try await withApp { app, _ in
            // setup: rows as a database before M0035 held them
            let protection = try app.db.protection
            let beneficiary = try await Fixtures.beneficiary(
                app, identity: "1012345672", healthConditions: "ضغط دم مرتفع")
            let sql = app.db as! any SQLDatabase
            try await sql.update("beneficiaries").set("identity_number", to: SQLBind("1012345672")).set(
                "identity_hash", to: SQLLiteral.null
            )
            .set("health_conditions", to: SQLBind("ضغط دم مرتفع")).where("id", .equal, SQLBind(beneficiary.id)).run()
            try await sql.delete(from: "search_terms").where("beneficiary_id", .equal, SQLBind(beneficiary.id)).where(
                "term", .like, "~%"
            ).run()
            try await sql.insert(into: "search_terms").columns("id", "beneficiary_id", "term").values(
                SQLBind(UUID()), SQLBind(beneficiary.id), SQLBind("1012345672")
            ).run()
            let bytes = Array("%PDF-1.4 an identity copy stored before sealing".utf8)
            try await sql.insert(into: "document_blobs").columns("sha256", "size", "mime_type", "created_at").values(
                SQLBind("legacy"), SQLBind(bytes.count), SQLBind("application/pdf"), SQLBind(Date())
            ).run()
            try await sql.insert(into: "document_chunks").columns("sha256", "seq", "data").values(
                SQLBind("legacy"), SQLBind(0), SQLBind(Data(bytes))
            ).run()
            // A row an interrupted run left half done: its number sealed, the plain search term still
            // there and no hashed one; and a plain note that happens to start like a sealed value.
            let interrupted = try await Fixtures.beneficiary(app, identity: "1000000016", phone: "+966559876543")
            try await sql.delete(from: "search_terms").where("beneficiary_id", .equal, SQLBind(interrupted.id)).where(
                "term", .like, "~%"
            ).run()
            try await sql.insert(into: "search_terms").columns("id", "beneficiary_id", "term").values(
                SQLBind(UUID()), SQLBind(interrupted.id), SQLBind("1000000016")
            ).run()
            try await sql.update("beneficiaries").set("health_conditions", to: SQLBind("v1: ربو")).where(
                "id", .equal, SQLBind(interrupted.id)
            ).run()
            let identity = try IdentityNumber.parse("1012345672", type: .nationalID).get()
            let foundBefore = try await BeneficiaryRepository(database: app.db).find(identity: identity)
            // act
            try await M0035_SealSensitiveData(protection: protection).sealExisting(on: sql)
            let afterFirst = try await sql.select().columns("identity_number", "health_conditions").from(
                "beneficiaries"
            ).where("id", .equal, SQLBind(beneficiary.id)).first()
            try await M0035_SealSensitiveData(protection: protection).sealExisting(on: sql)
            let afterSecond = try await sql.select().columns("identity_number", "health_conditions").from(
                "beneficiaries"
            ).where("id", .equal, SQLBind(beneficiary.id)).first()
            // assert
            #expect(foundBefore == nil)
            let stored = try #require(afterFirst)
            let storedNumber = try stored.decode(column: "identity_number", as: String.self)
            #expect(DataProtection.isSealed(storedNumber))
            #expect(
                try stored.decode(column: "identity_number", as: String.self)
                    == afterSecond?.decode(column: "identity_number", as: String.self))
            #expect(try await BeneficiaryRepository(database: app.db).find(identity: identity) == beneficiary.id)
            let read = try #require(try await BeneficiaryRepository(database: app.db).find(id: beneficiary.id))
            #expect(read.identity.value == "1012345672")
            #expect(read.healthConditions == "ضغط دم مرتفع")
            #expect(
                try await BeneficiaryRepository(database: app.db).search("1012345672", page: 1, perPage: 10).rows.map(
                    \.id) == [beneficiary.id])
            #expect(
                try await BeneficiaryRepository(database: app.db).search("1000000016", page: 1, perPage: 10).rows.map(
                    \.id) == [interrupted.id])
            #expect(
                try await BeneficiaryRepository(database: app.db).search("100000", page: 1, perPage: 10).rows.isEmpty)
            #expect(
                try await BeneficiaryRepository(database: app.db).find(id: interrupted.id)?.healthConditions
                    == "v1: ربو")
            var content = Data()
            try await DocumentStore(database: app.db).read("legacy") { content.append($0) }
            #expect(Array(content) == bytes)
        }
    }

    @Test(
        "after the upgrade, the old values are not left in the SQLite file's freed pages or its log",
        .enabled(
            if: ProcessInfo.processInfo.environment["DATABASE_URL"] == nil,
            "SQLite's file; PostgreSQL reclaims dead rows with its own vacuum"))
    func noPlainLeftInTheFile() async throws {
        try await withApp { app, _ in
            // setup
            let protection = try app.db.protection
            let beneficiary = try await Fixtures.beneficiary(app, identity: "1012345672")
            let sql = app.db as! any SQLDatabase
            let marker = "legacy-health-marker-3f9a"
            try await sql.update("beneficiaries").set("health_conditions", to: SQLBind(marker)).where(
                "id", .equal, SQLBind(beneficiary.id)
            ).run()
            let path = try #require(
                try await sql.raw("PRAGMA database_list").all().first?.decode(column: "file", as: String.self))
            let before =
                (FileManager.default.contents(atPath: path) ?? Data())
                + (FileManager.default.contents(atPath: path + "-wal") ?? Data())
            // act
            let upgrade = M0035_SealSensitiveData(protection: protection)
            try await upgrade.sealExisting(on: sql)
            try await upgrade.purgeFreedPages(on: sql)
            let after =
                (FileManager.default.contents(atPath: path) ?? Data())
                + (FileManager.default.contents(atPath: path + "-wal") ?? Data())
            // assert
            #expect(before.range(of: Data(marker.utf8)) != nil)
            #expect(after.range(of: Data(marker.utf8)) == nil)
            #expect(
                try await BeneficiaryRepository(database: app.db).find(id: beneficiary.id)?.healthConditions == marker)
        }
    }

    @Test(
        "a sealed value opens only with its key and for its field; empty stays empty; the identity hash is the same for the same number and key only"
    )
    func sealing() throws {
        // setup
        let protection = try DataProtection(base64: testDataKey)
        let other = try DataProtection(base64: DataProtection.newKey())
        // act
        let sealed = protection.seal("كفالة من دار الأيتام", as: .parentageNote)
        let again = protection.seal("كفالة من دار الأيتام", as: .parentageNote)
        // assert
        #expect(sealed != again)
        #expect(try protection.open(sealed, as: .parentageNote) == "كفالة من دار الأيتام")
        #expect(throws: DataProtection.Failure.cannotOpen(.healthConditions)) {
            try protection.open(sealed, as: .healthConditions)
        }
        #expect(throws: DataProtection.Failure.cannotOpen(.parentageNote)) {
            try other.open(sealed, as: .parentageNote)
        }
        #expect(throws: DataProtection.Failure.cannotOpen(.parentageNote)) {
            try protection.open("plain text", as: .parentageNote)
        }
        #expect(protection.seal("", as: .healthConditions) == "")
        #expect(protection.index("1000000008") == protection.index("1000000008"))
        #expect(protection.index("1000000008") != other.index("1000000008"))
        #expect(protection.index("1000000008") != protection.index("1000000016"))
    }
}
