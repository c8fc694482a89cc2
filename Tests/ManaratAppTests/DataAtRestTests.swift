import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Sensitive data at rest")
struct DataAtRestTests {
    static let sqliteOnly = ProcessInfo.processInfo.environment["DATABASE_URL"] == nil

    /// The markers found in the clear, by name. SQLite: in the bytes of the database file and its
    /// write-ahead log, where a fresh write lives. PostgreSQL, whose files this test cannot reach:
    /// in the text of every row of every table of the test's schema (binary columns as hex).
    static func foundInTheClear(_ app: Application, _ markers: [(String, String)]) async throws -> [String] {
        switch app.manarat.configuration.database {
        case .sqlite(let path):
            let files = ["", "-wal"].compactMap { FileManager.default.contents(atPath: path + $0) }
            #expect(files.count == 2)
            return markers.filter { _, marker in files.contains { $0.range(of: Data(marker.utf8)) != nil } }.map(\.0)
        case .postgres:
            let sql = app.db as! any SQLDatabase
            let tables = try await sql.raw(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            ).all()
                .map { try $0.decode(column: "table_name", as: String.self) }
            #expect(tables.contains("beneficiaries") && tables.contains("document_chunks"))
            var found: [String] = []
            for (name, marker) in markers {
                let hex = Data(marker.utf8).map { String(format: "%02x", $0) }.joined()
                for table in tables {
                    let rows = try await sql.raw(
                        "SELECT count(*) AS n FROM \(ident: table) AS t WHERE t::text LIKE \(bind: "%" + marker + "%") OR t::text LIKE \(bind: "%" + hex + "%")"
                    ).first()
                    if try rows?.decode(column: "n", as: Int.self) ?? 0 > 0 { found.append("\(name) in \(table)") }
                }
            }
            return found
        }
    }

    @Test(
        "identity numbers, health conditions, a child's parentage, research findings, an IBAN and an uploaded document are read back on the pages, and none of them is stored in the clear (SQLite: in the database's files; PostgreSQL: in any row)"
    )
    func markersAreNotInTheFiles() async throws {
        try await withApp { app, _ in
            // setup
            let identity = RegistryDetailTests.nationalID(73_519_046)
            let memberIdentity = RegistryDetailTests.nationalID(64_208_317)
            let markers = [
                "health": "سكري-علامة-٧٣٥١", "parentage": "parentage-marker-5f2c",
                "memberHealth": "member-health-marker-91ab",
                "findings": "findings-marker-c0de", "situation": "situation-marker-7e11",
                "document": "document-marker-0b57",
            ]
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await relations.get("/staff/beneficiaries/new")
            let created = try await relations.post(
                "/staff/beneficiaries/new",
                form: Fixtures.beneficiaryForm(identity: identity).map {
                    $0.0 == "healthConditions" ? ($0.0, markers["health"]!) : $0
                })
            let filePath = try #require(
                created.headers.first(name: .location)?.split(separator: "?").first.map(String.init))
            try await relations.get(filePath)
            try await relations.post(
                filePath + "/household/members",
                form: [
                    ("memberName", "سارة أحمد العتيبي"), ("relation", "daughter"), ("memberGender", "female"),
                    ("memberIdentityType", "nationalID"),
                    ("memberIdentityNumber", memberIdentity), ("memberBornOn", "1/1/1430"),
                    ("memberBornOnCalendar", "hijri"),
                    ("memberHealth", markers["memberHealth"]!), ("parentageNote", markers["parentage"]!),
                ])
            let beneficiaryID = try #require(UUID(uuidString: String(filePath.split(separator: "/").last ?? "")))
            let beneficiary = try #require(try await BeneficiaryRepository(database: app.db).find(id: beneficiaryID))
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)])
            let researcherMember = try await Fixtures.staff(app, username: "researcher", roles: [.researcher])
            let researcher = TestBrowser(app: app)
            try await researcher.signIn(username: "researcher", password: Fixtures.password)
            let (_, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            let document = Array(
                "%PDF-1.4\n% \(markers["document"]!)\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
            // act
            try await relations.postMultipart(
                path + "/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", identity), ("expiresOn", "1/1/1450"),
                    ("expiresOnCalendar", "hijri"),
                ], files: [.init(field: "file", filename: "id.pdf", contentType: "application/pdf", bytes: document)])
            try await RequestLifecycleTests.attest(relations, path: path)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            try await relations.post(
                path + "/referral",
                form: [("researcherID", researcherMember.id.uuidString.lowercased()), ("note", "زيارة منزلية")])
            try await researcher.get(path)
            try await researcher.post(
                path + "/research",
                form: [
                    ("kind", "homeVisit"), ("visitedOn", "21/02/2023"), ("visitedOnCalendar", "gregorian"),
                    ("findings", markers["findings"]!), ("householdSituation", markers["situation"]!),
                    ("recommendation", "approve"), ("recommendedService", "cash"), ("recommendedAmount", "1000"),
                ] + RequestLifecycleTests.needsFields)
            let iban = try IBAN.parse("SA8510000012345678901234").get()
            let requestID = try #require(UUID(uuidString: String(path.split(separator: "/").last ?? "")))
            try await app.db.writeTransaction { db in
                try await DeliveryRepository(database: db).addDeliveries(
                    [
                        DeliveryRecord(
                            id: UUID(), kind: .cash, amount: Money(halalas: 100_000), method: .bankTransfer, iban: iban,
                            reference: "", items: "", referralTo: "", instalmentNumber: 1, instalmentCount: 1,
                            dueOn: GregorianDay(year: 2023, month: 3, day: 1)!, deliveredAt: nil, deliveredByName: "",
                            acknowledgement: "")
                    ], requestID: requestID, at: Date())
            }
            let fileSeen = try await researcher.get(filePath).body.string
            let requestSeen = try await researcher.get(path).body.string
            let documentLink = try #require(
                requestSeen.firstMatch(of: /href="([^"]*\/documents\/[^"]*)"/).map { String($0.1) })
            let downloaded = try await relations.get(documentLink)
            // assert: what staff see is what was typed
            #expect(fileSeen.contains(identity))
            #expect(fileSeen.contains(markers["health"]!))
            #expect(fileSeen.contains(markers["memberHealth"]!))
            #expect(fileSeen.contains(markers["parentage"]!))
            #expect(requestSeen.contains(markers["findings"]!))
            #expect(requestSeen.contains(markers["situation"]!))
            #expect(Array(downloaded.body.readableBytesView) == document)
            #expect(try await DeliveryRepository(database: app.db).deliveries(of: requestID).first?.iban == iban)
            // assert: none of it is in the files
            let found = try await Self.foundInTheClear(
                app,
                markers.map { ($0.key, $0.value) } + [
                    ("identity", identity), ("member identity", memberIdentity), ("IBAN", iban.value),
                ])
            #expect(found.isEmpty, "stored in the clear: \(found)")
            // The search finds what is meant to be stored in the clear (the name, the complaint-free fields).
            #expect(try await Self.foundInTheClear(app, [("name", "العتيبي"), ("document name", "id.pdf")]).count >= 2)
        }
    }

    @Test(
        "a whole identity number finds its beneficiary through the keyed hash; part of it finds nothing, since the digits are not stored"
    )
    func identitySearch() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app, identity: "1012345672")
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            // act
            let whole = try await relations.get("/staff/beneficiaries?q=1012345672").body.string
            let arabicDigits = try await relations.get(
                "/staff/beneficiaries?q=" + "١٠١٢٣٤٥٦٧٢".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
            ).body.string
            let part = try await relations.get("/staff/beneficiaries?q=101234").body.string
            let stored = try await BeneficiaryModel.find(beneficiary.id, on: app.db)
            // assert
            #expect(whole.contains(beneficiary.fileNumber))
            #expect(arabicDigits.contains(beneficiary.fileNumber))
            #expect(!part.contains(beneficiary.fileNumber))
            #expect(stored?.identityNumber.hasPrefix("v1:") == true)
            #expect(stored?.identityNumber.contains("1012345672") == false)
        }
    }

    @Test(
        "the app refuses to start with a data key other than the one its database was sealed with, and says which setting to fix",
        .enabled(if: sqliteOnly, "reopens one SQLite file with two keys"))
    func wrongKeyRefused() async throws {
        // setup
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "manarat-key-\(UUID().uuidString).sqlite"
        ).path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await withApp(configure: { $0.database = .sqlite(path: path) }) { app, _ in
            _ = try await Fixtures.beneficiary(app)
        }
        // act
        var message = ""
        do {
            try await withApp(configure: {
                $0.database = .sqlite(path: path)
                $0.dataKey = .value(DataProtection.newKey())
            }) { _, _ in }
        } catch {
            message = String(describing: error)
        }
        var reopened = false
        try await withApp(configure: { $0.database = .sqlite(path: path) }) { app, _ in
            reopened =
                try await BeneficiaryRepository(database: app.db).find(
                    identity: IdentityNumber.parse("1000000008", type: .nationalID).get()) != nil
        }
        // assert
        #expect(message.contains("MANARAT_DATA_KEY"))
        #expect(message.contains("not the one this database was sealed with"))
        #expect(reopened)
    }

    @Test(
        "with no key configured, SQLite gets a key file beside it that only its owner can read, used again on the next start and never replaced, even when damaged; PostgreSQL refuses to start without one"
    )
    func keyFile() throws {
        // setup
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "manarat-keyfile-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = DatabaseLocation.sqlite(path: folder + "/manarat.sqlite")
        // act
        let first = try DataKeySource.besideDatabase.resolve(for: database)
        let second = try DataKeySource.besideDatabase.resolve(for: database)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/manarat-data.key")
        var postgresMessage = ""
        do {
            _ = try DataKeySource.besideDatabase.resolve(for: .postgres(url: "postgres://x@127.0.0.1/x", schema: nil))
        } catch { postgresMessage = String(describing: error) }
        var badKeyMessage = ""
        do { _ = try DataKeySource.value("c2hvcnQ=").resolve(for: database) } catch {
            badKeyMessage = String(describing: error)
        }
        let damaged = folder + "/damaged/manarat.sqlite"
        try FileManager.default.createDirectory(atPath: folder + "/damaged", withIntermediateDirectories: true)
        try Data("not a key\n".utf8).write(to: URL(fileURLWithPath: folder + "/damaged/manarat-data.key"))
        var damagedMessage = ""
        do { _ = try DataKeySource.besideDatabase.resolve(for: .sqlite(path: damaged)) } catch {
            damagedMessage = String(describing: error)
        }
        let damagedAfter = try String(contentsOfFile: folder + "/damaged/manarat-data.key", encoding: .utf8)
        // assert
        #expect(first.index("1000000008") == second.index("1000000008"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(postgresMessage.contains("MANARAT_DATA_KEY"))
        #expect(badKeyMessage.contains("32 random bytes"))
        #expect(damagedMessage.contains("32 random bytes"))
        #expect(damagedAfter == "not a key\n", "a key file that does not decode must never be replaced")
    }
}
