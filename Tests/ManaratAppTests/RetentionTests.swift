import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ManaratApp

@Suite("Retention: the schedule, legal holds and `manarat retention run`")
struct RetentionTests {
    /// A request drafted and attested (so it carries the signed form), then closed by withdrawal.
    static func closedRequest(
        _ app: Application, _ relations: TestBrowser, _ beneficiary: Beneficiary, _ type: RequestType,
        status: RequestStatus = .withdrawn
    ) async throws -> UUID {
        let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
        try await RequestLifecycleTests.attest(relations, path: path)
        try await (app.db as! any SQLDatabase).update("support_requests").set("status", to: SQLBind(status.rawValue))
            .where("id", .equal, SQLBind(id)).run()
        return id
    }

    static func row(_ app: Application, _ table: String, _ id: UUID) async throws -> (any SQLRow)? {
        try await (app.db as! any SQLDatabase).select().column("*").from(table).where("id", .equal, SQLBind(id)).first()
    }

    @Test(
        "six years on, a closed request loses its details and documents but keeps its number; one of a beneficiary on legal hold and one of a beneficiary with an open request are kept; answered inquiries go, closed complaints lose who and what, old sign-in codes go; financial records stay ten years; the run is audited and a second run finds nothing"
    )
    func runWithHoldsAndOpenCases() async throws {
        try await withApp { app, harness in
            // setup
            let type = try await Fixtures.requestType(app)
            let plain = try await Fixtures.beneficiary(app)
            let held = try await Fixtures.beneficiary(
                app, first: "خالد", identity: "1012345672", phone: "+966551234568")
            let busy = try await Fixtures.beneficiary(app, first: "سعد", identity: "1000000016", phone: "+966551234569")
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let plainRequest = try await Self.closedRequest(app, relations, plain, type, status: .completed)
            let heldRequest = try await Self.closedRequest(app, relations, held, type)
            let busyClosed = try await Self.closedRequest(app, relations, busy, type, status: .rejected)
            _ = try await RequestLifecycleTests.draft(relations, beneficiary: busy, type: type)
            let sql = app.db as! any SQLDatabase
            let now = harness.clock.now
            // A file only the anonymized request has, beside the one all three share.
            let ownFile = Array("%PDF-1.4 a salary certificate only this request has".utf8)
            let ownBlob = try await app.db.writeTransaction { db in
                let blob = try await DocumentStore(database: db).put(ownFile, mimeType: "application/pdf", at: now)
                try await RequestDocumentRepository(database: db).addDocument(
                    RequestDocument(
                        id: UUID(), kind: .salaryCertificate, sha256: blob.sha256, format: .pdf, size: ownFile.count,
                        originalName: "salary.pdf", issuedOn: nil, expiresOn: nil, uploadedAt: now,
                        requestID: plainRequest), uploadedBy: nil)
                return blob.sha256
            }
            let delivery = UUID()
            try await sql.insert(into: "service_deliveries")
                .columns(
                    "id", "request_id", "kind", "amount", "method", "reference", "items", "referral_to",
                    "instalment_number", "instalment_count", "due_on", "delivered_at", "delivered_by",
                    "delivered_by_name", "acknowledgement", "created_at"
                )
                .values(
                    SQLBind(delivery), SQLBind(plainRequest), SQLBind("cash"), SQLBind(3000), SQLBind("bankTransfer"),
                    SQLBind("TRX-1"), SQLBind(""), SQLBind(""), SQLBind(1), SQLBind(1), SQLBind("2023-02-21"),
                    SQLBind(now), SQLBind(Optional<UUID>.none), SQLBind("موظف الصرف"), SQLBind(""), SQLBind(now)
                )
                .run()
            let inquiry = UUID()
            try await app.db.writeTransaction { db in
                try await InquiryRepository(database: db).create(
                    Inquiry(
                        id: inquiry, reference: "Q-1444-000001", beneficiaryID: plain.id, channel: .phone,
                        category: .services, question: "متى الصرف؟", status: .answered, referredTo: nil,
                        answer: "في نهاية الشهر", answeredBy: "relations", answeredAt: now,
                        answerDueOn: GregorianDay(year: 2023, month: 2, day: 23)!, askedAt: now))
            }
            let visitor = TestBrowser(app: app)
            try await visitor.get("/feedback")
            try await visitor.post(
                "/feedback",
                form: [
                    ("kind", "complaint"), ("text", "تأخر الرد على طلبي"), ("phone", "0551234567"), ("name", "أم خالد"),
                    ("_submission", try #require(visitor.submissionKey)),
                ])
            let complaint = try #require(try await FeedbackRepository(database: app.db).list(openOnly: true).first)
            try await sql.update("feedback").set("status", to: SQLBind("closed")).set("closed_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(complaint.id)).run()
            try await app.db.writeTransaction { db in
                _ = try await PortalRepository(database: db).storeCode(
                    identityKey: "1000000008", beneficiaryID: plain.id, codeHash: "hash", at: now, validFor: 600)
            }
            let admin = try await RequestLifecycleTests.signedIn(app, "admin", [.admin])
            try await admin.get("/staff/admin/retention")
            let holdRefused = try await admin.post(
                "/staff/admin/retention/holds", form: [("fileNumber", "999999"), ("reason", "قضية")])
            let holdPlaced = try await admin.post(
                "/staff/admin/retention/holds",
                form: [("fileNumber", held.fileNumber), ("reason", "قضية منظورة أمام المحكمة")])
            harness.clock.advance(by: 6 * 366 * 86_400)
            // act
            let preview = try await Retention.run(app, dryRun: true)
            let untouchedByPreview = try #require(try await Self.row(app, "support_requests", plainRequest))
            let report = try await Retention.run(app, dryRun: false)
            let again = try await Retention.run(app, dryRun: false)
            harness.clock.advance(by: 5 * 366 * 86_400)
            let tenYearsOn = try await Retention.run(app, dryRun: false)
            // assert
            #expect(holdRefused.status == .unprocessableEntity)
            #expect(holdPlaced.status == .seeOther)
            #expect(
                preview.contains(
                    "closedRequests (kept 5 years): 1 would be anonymized; kept for a legal hold: 1; kept for an open case: 1"
                ))
            #expect(
                try untouchedByPreview.decode(column: "description", as: String.self) == "نحتاج مساعدة في سداد الإيجار")
            #expect(
                report.contains(
                    "closedRequests (kept 5 years): 1 anonymized; kept for a legal hold: 1; kept for an open case: 1"))
            #expect(
                report.contains(
                    "serviceRecords (kept 10 years): 0 deleted; kept for a legal hold: 0; kept for an open case: 0"))
            #expect(
                report.contains(
                    "inquiries (kept 2 years): 1 deleted; kept for a legal hold: 0; kept for an open case: 0"))
            #expect(
                report.contains(
                    "feedback (kept 3 years): 1 anonymized; kept for a legal hold: 0; kept for an open case: 0"))
            #expect(
                report.contains(
                    "signInCodes (kept 30 days): 1 deleted; kept for a legal hold: 0; kept for an open case: 0"))
            #expect(
                report.contains(
                    "submissionKeys (kept 7 days): 1 deleted; kept for a legal hold: 0; kept for an open case: 0"))
            #expect(
                again.contains(
                    "closedRequests (kept 5 years): 0 anonymized; kept for a legal hold: 1; kept for an open case: 1"))
            #expect(
                tenYearsOn.contains(
                    "serviceRecords (kept 10 years): 1 deleted; kept for a legal hold: 0; kept for an open case: 0"))
            let anonymized = try #require(try await Self.row(app, "support_requests", plainRequest))
            #expect(try anonymized.decode(column: "description", as: String.self) == "")
            #expect(try anonymized.decode(column: "reference", as: String.self).hasPrefix("R-"))
            let documents = try await sql.select().column("id").from("request_documents").where(
                "request_id", .equal, SQLBind(plainRequest)
            ).all()
            #expect(documents.isEmpty)
            #expect(
                try await DocumentStore(database: app.db).blob(ownBlob) == nil,
                "the anonymized request's own file is still stored")
            #expect(
                try await sql.select().column("seq").from("document_chunks").where("sha256", .equal, SQLBind(ownBlob))
                    .all().isEmpty)
            for kept in [heldRequest, busyClosed] {
                let keptDocument = try #require(
                    try await RequestDocumentRepository(database: app.db).documents(of: kept).first)
                var content = Data()
                try await DocumentStore(database: app.db).read(keptDocument.sha256) { content.append($0) }
                #expect(!content.isEmpty, "a file a kept request still refers to was deleted")
                let row = try #require(try await Self.row(app, "support_requests", kept))
                #expect(try row.decode(column: "description", as: String.self) == "نحتاج مساعدة في سداد الإيجار")
                #expect(
                    try await sql.select().column("id").from("request_documents").where(
                        "request_id", .equal, SQLBind(kept)
                    ).all().count == 1)
            }
            #expect(try await Self.row(app, "inquiries", inquiry) == nil)
            let feedback = try #require(try await FeedbackRepository(database: app.db).find(id: complaint.id))
            #expect(feedback.text == "" && feedback.contactPhone == "" && feedback.contactName == "")
            #expect(feedback.reference == complaint.reference)
            #expect(try await sql.select().column("id").from("portal_codes").all().isEmpty)
            #expect(try await Self.row(app, "service_deliveries", delivery) == nil)
            let runs = try await AuditEntryModel.query(on: app.db).filter(\.$action == "retention.run").count()
            #expect(runs == 3)
            let holds = try await AuditEntryModel.query(on: app.db).filter(\.$action == "retention.hold").count()
            #expect(holds == 1)
        }
    }

    @Test(
        "admins set each period within its bounds: financial records are never kept under ten years; the preview shows what a run would do; other staff get 403"
    )
    func schedulePage() async throws {
        try await withApp { app, _ in
            // setup
            let admin = try await RequestLifecycleTests.signedIn(app, "admin", [.admin])
            let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            try await admin.get("/staff/admin/retention")
            let fields: [(String, String)] = [
                ("closedRequests", "٧"), ("inquiries", "2"), ("feedback", "3"), ("signInCodes", "30"),
                ("submissionKeys", "7"),
            ]
            // act
            let tooShort = try await admin.post("/staff/admin/retention", form: fields + [("serviceRecords", "5")])
            let saved = try await admin.post("/staff/admin/retention", form: fields + [("serviceRecords", "12")])
            let page = try await admin.get("/staff/admin/retention")
            let forbidden = try await quality.get("/staff/admin/retention")
            // assert
            #expect(tooShort.status == .unprocessableEntity)
            #expect(tooShort.body.string.contains("أقل مدة مسموحة ١٠"))
            #expect(saved.status == .seeOther)
            let schedule = try await RetentionRepository(database: app.db).schedule()
            #expect(schedule.period(.closedRequests) == 7)
            #expect(schedule.period(.serviceRecords) == 12)
            #expect(page.body.string.contains("لو شُغّل الآن"))
            #expect(forbidden.status == .forbidden)
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$action == "retention.schedule").first()
            #expect(audited?.summary.contains("closedRequests 5 → 7") == true)
        }
    }
}
