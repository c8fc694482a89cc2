import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Support requests, from intake to the service delivered")
struct RequestLifecycleTests {
    static func signedIn(_ app: Application, _ username: String, _ roles: Set<Role>) async throws -> TestBrowser {
        try await Fixtures.staff(app, username: username, roles: roles)
        let browser = TestBrowser(app: app)
        try await browser.signIn(username: username, password: Fixtures.password)
        return browser
    }

    /// Creates a draft through the intake form and returns its path.
    static func draft(_ browser: TestBrowser, beneficiary: Beneficiary, type: RequestType) async throws -> (
        UUID, String
    ) {
        let id = beneficiary.id.uuidString.lowercased()
        try await browser.get("/staff/beneficiaries/\(id)/requests/new?type=\(type.id.uuidString.lowercased())")
        let created = try await browser.post(
            "/staff/beneficiaries/\(id)/requests/new",
            form: [
                ("typeID", type.id.uuidString.lowercased()), ("channel", "interview"),
                ("details", "نحتاج مساعدة في سداد الإيجار"), ("amountRequested", "3000"),
            ])
        let location = try #require(created.headers.first(name: .location))
        let path = String(location.prefix { $0 != "?" })
        return (try #require(UUID(uuidString: String(path.split(separator: "/").last!))), path)
    }

    @discardableResult
    static func attest(_ browser: TestBrowser, path: String) async throws -> TestingHTTPResponse {
        try await browser.get(path)
        return try await browser.postMultipart(
            path + "/attestation", form: [("confirmed", "on"), ("channel", "interview")],
            files: [
                .init(field: "signedForm", filename: "signed.png", contentType: "image/png", bytes: Fixtures.pngBytes)
            ])
    }

    /// The needs assessment a research report carries, as the researcher verified it.
    static let needsFields: [(String, String)] = [
        ("monthlyIncome", "1500"), ("householdSize", "5"), ("monthlyRent", "1200"), ("debts", "0"),
        ("housing", "rented"),
        ("chronicIllnessCount", "1"), ("disabilityCount", "0"), ("dependantsUnder18", "3"), ("elderlyCount", "0"),
    ]

    static func status(_ app: Application, _ id: UUID) async throws -> RequestStatus? {
        try await RequestRepository(database: app.db).find(id: id)?.status
    }

    @Test("a PNG renamed to .pdf is refused as 'not a PDF', and an HTML page is refused too")
    func contentIsChecked() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .lease, mustBeValidAtSubmission: false)])
            let relations = try await Self.signedIn(app, "relations", [.relations])
            let (id, path) = try await Self.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            // act
            let renamed = try await relations.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [
                    .init(field: "file", filename: "عقد.pdf", contentType: "application/pdf", bytes: Fixtures.pngBytes)
                ])
            let html = try await relations.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [
                    .init(
                        field: "file", filename: "lease.pdf", contentType: "application/pdf", bytes: Fixtures.htmlBytes)
                ])
            let realPDF = try await relations.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [
                    .init(
                        field: "file", filename: "lease\u{202E}fdp.exe", contentType: "application/pdf",
                        bytes: Fixtures.pdfBytes)
                ])
            // assert
            #expect(renamed.status == .unprocessableEntity)
            #expect(renamed.body.string.contains("الملف ليس PDF مع أن اسمه يدل على ذلك"))
            #expect(html.status == .unprocessableEntity)
            #expect(realPDF.status == .seeOther)
            let documents = try await RequestDocumentRepository(database: app.db).documents(of: id)
            #expect(documents.count == 1)
            #expect(documents.first?.format == .pdf)
            #expect(documents.first?.originalName.unicodeScalars.contains("\u{202E}") == false)
        }
    }

    @Test(
        "an identity copy that expired the day before submission keeps the request incomplete with that reason; a valid one completes registration"
    )
    func expiredDocumentAtSubmission() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)])
            let relations = try await Self.signedIn(app, "relations", [.relations])
            let (id, path) = try await Self.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            try await relations.postMultipart(
                path + "/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", "1000000008"), ("expiresOn", "20/02/2023"),
                    ("expiresOnCalendar", "gregorian"),
                ], files: [.init(field: "file", filename: "id.png", contentType: "image/png", bytes: Fixtures.pngBytes)]
            )
            try await Self.attest(relations, path: path)
            try await relations.get(path)
            // act
            let submitted = try await relations.post(
                path + "/submit",
                form: [("version", String(try await RequestRepository(database: app.db).find(id: id)!.version))])
            let statusAfterSubmit = try await Self.status(app, id)
            let page = try await relations.get(path)
            try await relations.postMultipart(
                path + "/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", "1000000008"), ("expiresOn", "1/1/1450"),
                    ("expiresOnCalendar", "hijri"),
                ],
                files: [
                    .init(
                        field: "file", filename: "id-new.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            let statusAfterValidCopy = try await Self.status(app, id)
            // assert
            #expect(submitted.status == .seeOther)
            #expect(statusAfterSubmit == .incomplete)
            #expect(page.body.string.contains("صورة الهوية منتهي الصلاحية وقت التقديم"))
            #expect(page.body.string.contains("بانتظار المستفيد"))
            #expect(statusAfterValidCopy == .registered)
            let pauses = try await RequestTimelineRepository(database: app.db).pauses(of: id)
            #expect(pauses.count == 1)
            #expect(pauses.first?.until != nil)
        }
    }

    @Test(
        "a request submitted on a Thursday before a holiday week is due ten working days later, and shows as overdue by the right days"
    )
    func expectedDateAndOverdue() async throws {
        try await withApp { app, harness in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let admin = try await Self.signedIn(app, "admin", [.admin])
            try await admin.get("/staff/admin/holidays")
            try await admin.post(
                "/staff/admin/holidays",
                form: [
                    ("name", "إجازة اختبار"), ("from", "26/02/2023"), ("fromCalendar", "gregorian"),
                    ("until", "02/03/2023"), ("untilCalendar", "gregorian"),
                ])
            harness.clock.advance(by: 2 * 86_400)
            let relations = try await Self.signedIn(app, "relations", [.relations])
            let (id, path) = try await Self.draft(relations, beneficiary: beneficiary, type: type)
            try await Self.attest(relations, path: path)
            try await relations.get(path)
            // act
            try await relations.post(path + "/submit", form: [])
            let stored = try #require(try await RequestRepository(database: app.db).find(id: id))
            harness.clock.advance(by: 24 * 86_400)
            try await relations.signIn(username: "relations", password: Fixtures.password)
            let overdueList = try await relations.get("/staff/requests?view=overdue")
            // assert
            #expect(stored.submittedOn == GregorianDay(year: 2023, month: 2, day: 23))
            #expect(stored.submittedOn?.weekday == .thursday)
            #expect(stored.status == .registered)
            #expect(stored.expectedResponseOn == GregorianDay(year: 2023, month: 3, day: 16))
            #expect(overdueList.body.string.contains(stored.reference))
            #expect(overdueList.body.string.contains("متأخر منذ ٣ أيام"))
        }
    }

    @Test(
        "a committee member who declared the applicant's brother cannot vote on the request, and the refusal is in the audit log"
    )
    func conflictOfInterest() async throws {
        try await withApp(configure: { _ in }) { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            try await HouseholdRepository(database: app.db).addMember(
                HouseholdMember(
                    id: UUID(), fullName: "سعد محمد العتيبي", relation: .brother, gender: .male,
                    identity: try IdentityNumber.parse("1987654322", type: .nationalID).get(), bornOn: nil,
                    healthConditions: "", parentageNote: "", beneficiaryID: nil), toHouseholdHeadedBy: beneficiary.id,
                at: Date())
            let type = try await Fixtures.requestType(app)
            let relations = try await Self.signedIn(app, "relations", [.relations])
            let (id, path) = try await Self.draft(relations, beneficiary: beneficiary, type: type)
            try await Self.attest(relations, path: path)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            try await relations.post(path + "/to-committee", form: [])
            let members = try await [
                Self.signedIn(app, "member1", [.committee]), Self.signedIn(app, "member2", [.committee]),
                Self.signedIn(app, "member3", [.committee]),
            ]
            let conflicted = members[0]
            try await conflicted.get("/staff/account/declarations")
            try await conflicted.post(
                "/staff/account/declarations",
                form: [("relation", "brother"), ("identityType", "nationalID"), ("identityNumber", "1987654322")])
            try await conflicted.get("/staff/committee/meetings/new")
            let memberIDs = try await StaffRepository(database: app.db).all().filter { $0.roles.contains(.committee) }
                .map { $0.id.uuidString.lowercased() }
            let meeting = try await conflicted.post(
                "/staff/committee/meetings/new",
                form: [
                    ("heldOn", "21/02/2023"), ("heldOnCalendar", "gregorian"), ("location", "المقر الرئيسي"),
                    ("requests[]", id.uuidString.lowercased()),
                ] + memberIDs.map { ("members[]", $0) })
            let meetingPath = try #require(meeting.headers.first(name: .location))
            try await conflicted.get(meetingPath)
            // act
            let refused = try await conflicted.post(
                meetingPath + "/votes",
                form: [("requestID", id.uuidString.lowercased()), ("vote", "approve"), ("comment", "")])
            // assert
            #expect(try await Self.status(app, id) == .atCommittee)
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains("من أقاربك المفصح عنهم"))
            let audit = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "request.recusal", recordID: id.uuidString), page: 1, perPage: 5
            ).entries
            #expect(audit.count == 1)
            #expect(audit.first?.actorName == "member1")
            #expect(try await ConflictRepository(database: app.db).recusals().count == 1)
            // Administrators see who declared what, and every recusal.
            let admin = try await Self.signedIn(app, "boss", [.admin])
            let overview = try await admin.get("/staff/admin/conflicts")
            #expect(overview.status == .ok)
            #expect(overview.body.string.contains("1987654322"))
            #expect(overview.body.string.contains("Test member1"))
            #expect(
                overview.body.string.contains(
                    try #require(try await RequestRepository(database: app.db).find(id: id)).reference))
            let meetingID = try #require(try await CommitteeRepository(database: app.db).all().first?.id)
            #expect(try await CommitteeRepository(database: app.db).votes(meetingID: meetingID).isEmpty)
        }
    }

    @Test(
        "a request goes the whole way: intake, research, committee decision, three monthly instalments delivered, closed; every step audited"
    )
    func wholeLifecycle() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)])
            let relations = try await Self.signedIn(app, "relations", [.relations])
            let researcherMember = try await Fixtures.staff(app, username: "researcher", roles: [.researcher])
            let researcher = TestBrowser(app: app)
            try await researcher.signIn(username: "researcher", password: Fixtures.password)
            let members = try await [
                Self.signedIn(app, "m1", [.committee]), Self.signedIn(app, "m2", [.committee]),
                Self.signedIn(app, "m3", [.committee]),
            ]
            let delivery = try await Self.signedIn(app, "delivery", [.delivery])
            let (id, path) = try await Self.draft(relations, beneficiary: beneficiary, type: type)
            // act: intake
            try await relations.get(path)
            try await relations.postMultipart(
                path + "/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", "1000000008"), ("expiresOn", "1/1/1450"),
                    ("expiresOnCalendar", "hijri"),
                ],
                files: [
                    .init(field: "file", filename: "id.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            try await Self.attest(relations, path: path)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            try await relations.post(
                path + "/referral",
                form: [("researcherID", researcherMember.id.uuidString.lowercased()), ("note", "زيارة منزلية")])
            // act: research
            try await researcher.get(path)
            let report = try await researcher.post(
                path + "/research",
                form: [
                    ("kind", "homeVisit"), ("visitedOn", "21/02/2023"), ("visitedOnCalendar", "gregorian"),
                    ("findings", "الأسرة تسكن شقة مستأجرة ودخلها لا يكفي"), ("householdSituation", "خمسة أفراد"),
                    ("recommendation", "approve"), ("recommendedService", "cash"), ("recommendedAmount", "1000"),
                    ("recommendedQuantity", "دفعة شهرية"),
                ] + Self.needsFields)
            try await researcher.get(path)
            try await researcher.post(path + "/to-committee", form: [])
            // act: committee
            try await members[0].get("/staff/committee/meetings/new")
            let memberIDs = try await StaffRepository(database: app.db).all().filter { $0.roles.contains(.committee) }
                .map { $0.id.uuidString.lowercased() }
            let meeting = try await members[0].post(
                "/staff/committee/meetings/new",
                form: [("heldOn", "1/8/1444"), ("heldOnCalendar", "hijri"), ("requests[]", id.uuidString.lowercased())]
                    + memberIDs.map { ("members[]", $0) })
            let meetingPath = try #require(meeting.headers.first(name: .location))
            for (member, vote) in zip(members, ["approve", "approve", "reject"]) {
                try await member.get(meetingPath)
                try await member.post(
                    meetingPath + "/votes",
                    form: [("requestID", id.uuidString.lowercased()), ("vote", vote), ("comment", "")])
            }
            try await members[1].get(meetingPath)
            let decided = try await members[1].post(
                meetingPath + "/decisions",
                form: [
                    ("requestID", id.uuidString.lowercased()), ("service", "cash"), ("amount", "1000"),
                    ("note", "دعم شهري لثلاثة أشهر"),
                ])
            let minutes = try await members[2].get(meetingPath + "/minutes")
            // act: delivery
            try await delivery.get(path)
            let noMethod = try await delivery.post(
                path + "/deliveries",
                form: [
                    ("kind", "cash"), ("amount", "100"), ("instalments", "1"), ("firstDue", "1/3/2023"),
                    ("firstDueCalendar", "gregorian"),
                ])
            let noIBAN = try await delivery.post(
                path + "/deliveries",
                form: [
                    ("kind", "cash"), ("amount", "100"), ("method", "bankTransfer"), ("instalments", "1"),
                    ("firstDue", "1/3/2023"), ("firstDueCalendar", "gregorian"),
                ])
            let mistypedIBAN = try await delivery.post(
                path + "/deliveries",
                form: [
                    ("kind", "cash"), ("amount", "100"), ("method", "bankTransfer"),
                    ("iban", "SA03 8000 0000 6080 1016 7518"), ("instalments", "1"), ("firstDue", "1/3/2023"),
                    ("firstDueCalendar", "gregorian"),
                ])
            let tooMuch = try await delivery.post(
                path + "/deliveries",
                form: [
                    ("kind", "cash"), ("amount", "1000"), ("method", "bankTransfer"),
                    ("iban", "SA0380000000608010167519"), ("instalments", "3"), ("firstDue", "1/3/2023"),
                    ("firstDueCalendar", "gregorian"),
                ])
            try await delivery.post(
                path + "/deliveries",
                form: [
                    ("kind", "cash"), ("amount", "333.33"), ("method", "bankTransfer"),
                    ("iban", "sa03 ٨٠٠٠ 0000 6080 1016 7519"), ("instalments", "3"), ("firstDue", "1/3/2023"),
                    ("firstDueCalendar", "gregorian"),
                ])
            let seenByDelivery = try await delivery.get(path).body.string
            let seenByRelations = try await relations.get(path).body.string
            let storedIBANs = try await ServiceDeliveryModel.query(on: app.db).filter(\.$requestID == id).all()
                .compactMap(\.iban)
            for record in try await DeliveryRepository(database: app.db).deliveries(of: id) {
                try await delivery.get(path)
                try await delivery.post(
                    path + "/deliveries/\(record.id.uuidString.lowercased())/delivered",
                    form: [("reference", "TRX-\(record.instalmentNumber)"), ("acknowledgement", "استلمت المبلغ")])
            }
            try await delivery.get(path)
            let completed = try await delivery.post(path + "/complete", form: [])
            // assert
            #expect(report.status == .seeOther)
            #expect(noMethod.status == .unprocessableEntity)
            #expect(noMethod.body.string.contains("اختر طريقة الصرف"))
            #expect(noIBAN.status == .unprocessableEntity && noIBAN.body.string.contains("أدخل رقم الآيبان"))
            #expect(
                mistypedIBAN.status == .unprocessableEntity && mistypedIBAN.body.string.contains("رقم الآيبان غير صحيح")
            )
            #expect(seenByDelivery.contains("SA03 8000 0000 6080 1016 7519"))
            #expect(seenByRelations.contains("7519") && !seenByRelations.contains("6080 1016"))
            #expect(storedIBANs.count == 3 && storedIBANs.allSatisfy { $0.hasPrefix("v1:") && !$0.contains("7519") })
            let reports = try await ResearchReportRepository(database: app.db).researchReports(of: id)
            #expect(reports.first?.recommendedQuantity == "دفعة شهرية")
            let assessed = try await AssessmentRepository(database: app.db).history(of: beneficiary.id)
            #expect(assessed.count == 1)
            #expect(
                reports.first?.updatedNeeds
                    == NeedsScoreSummary(
                        total: try #require(assessed.first).total, level: try #require(assessed.first).level))
            #expect(decided.status == .seeOther)
            #expect(tooMuch.status == .unprocessableEntity)
            #expect(tooMuch.body.string.contains("أكبر من المبلغ المعتمد"))
            #expect(completed.status == .seeOther)
            let final = try #require(try await RequestRepository(database: app.db).find(id: id))
            #expect(final.status == .completed)
            #expect(try await SurveyRepository(database: app.db).invited(subjectID: id))
            let notices = try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 20)
                .map(\.event)
            #expect(
                Set(notices).isSuperset(of: [
                    .requestReceived, .referredToResearch, .atCommittee, .requestApproved, .serviceDelivered,
                    .surveyInvitation,
                ]))
            #expect(final.decision?.outcome == .approved)
            #expect(final.decision?.amount == Money(halalas: 100_000))
            let deliveries = try await DeliveryRepository(database: app.db).deliveries(of: id)
            #expect(
                deliveries.map(\.dueOn) == [
                    GregorianDay(year: 2023, month: 3, day: 1), GregorianDay(year: 2023, month: 4, day: 1),
                    GregorianDay(year: 2023, month: 5, day: 1),
                ])
            #expect(deliveries.allSatisfy { $0.deliveredAt != nil && $0.acknowledgement == "استلمت المبلغ" })
            #expect(minutes.body.string.contains("محضر اجتماع لجنة البحث"))
            #expect(minutes.body.string.contains("١\u{00A0}شعبان\u{00A0}١٤٤٤\u{00A0}هـ"))
            let events = try await RequestTimelineRepository(database: app.db).events(of: id).map(\.event)
            #expect(
                events.contains(.moved(.referToResearch)) && events.contains(.moved(.approve))
                    && events.contains(.moved(.completeDelivery)))
            #expect(try await AuditLog(database: app.db).verify() == nil)
            let audited = try await AuditLog(database: app.db).browse(
                AuditFilter(recordType: "request", recordID: id.uuidString), page: 1, perPage: 100
            ).entries.map(\.action)
            for action in [
                "request.create", "request.attest", "request.submit", "request.referToResearch",
                "request.research_report", "request.sendToCommittee", "committee.vote", "request.approve",
                "request.startDelivery", "request.delivered", "request.completeDelivery",
            ] {
                #expect(audited.contains(action), "missing audit action \(action)")
            }
        }
    }

    @Test("a request cannot go to the committee before the applicant's attestation; the reason is shown")
    func attestationRequired() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let relations = try await Self.signedIn(app, "relations", [.relations])
            let (id, path) = try await Self.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            // act
            let refused = try await relations.post(path + "/to-committee", form: [])
            // assert
            #expect(try await Self.status(app, id) == .registered)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("لا يُرفع الطلب إلى اللجنة قبل إقرار المستفيد"))
        }
    }

    @Test("two people acting on the same version: the second is told someone else changed it, nothing is overwritten")
    func optimisticLocking() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let first = try await Self.signedIn(app, "first", [.relations])
            let second = try await Self.signedIn(app, "second", [.relations])
            let (id, path) = try await Self.draft(first, beneficiary: beneficiary, type: type)
            try await first.get(path)
            try await second.get(path)
            // act
            let submitted = try await first.post(path + "/submit", form: [("version", "1")])
            let stale = try await second.post(
                path + "/withdraw", form: [("version", "1"), ("note", "طلب المستفيد الإلغاء")])
            // assert
            #expect(submitted.status == .seeOther)
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("عدّل شخص آخر هذا الطلب"))
            #expect(try await Self.status(app, id) == .registered)
        }
    }

    @Test("documents download as attachments with nosniff, and the download is audited")
    func downloads() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let relations = try await Self.signedIn(app, "relations", [.relations])
            let (id, path) = try await Self.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            try await relations.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [
                    .init(
                        field: "file", filename: "<script>.pdf", contentType: "application/pdf",
                        bytes: Fixtures.pdfBytes)
                ])
            let document = try #require(try await RequestDocumentRepository(database: app.db).documents(of: id).first)
            // act
            let response = try await relations.get("/staff/documents/\(document.id.uuidString.lowercased())")
            // assert
            #expect(response.status == .ok)
            #expect(Array(response.body.readableBytesView) == Fixtures.pdfBytes)
            #expect(response.headers.first(name: .contentDisposition)?.hasPrefix("attachment; filename=\"R-") == true)
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: .contentType) == "application/pdf")
            let audit = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "document.download"), page: 1, perPage: 5
            ).entries
            #expect(audit.count == 1)
        }
    }

    @Test(
        "a researcher related to the applicant is refused a research report and an upload with a clear 403, never an error page; each refusal is audited"
    )
    func conflictedResearcherIsToldWhy() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let relations = try await Self.signedIn(app, "relations", [.relations])
            let researcherMember = try await Fixtures.staff(app, username: "researcher", roles: [.researcher])
            let (id, path) = try await Self.draft(relations, beneficiary: beneficiary, type: type)
            try await Self.attest(relations, path: path)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            try await relations.post(
                path + "/referral", form: [("researcherID", researcherMember.id.uuidString.lowercased()), ("note", "")])
            let researcher = TestBrowser(app: app)
            try await researcher.signIn(username: "researcher", password: Fixtures.password)
            try await researcher.get("/staff/account/declarations")
            try await researcher.post(
                "/staff/account/declarations",
                form: [
                    ("relation", "other"), ("identityType", "nationalID"),
                    ("identityNumber", beneficiary.identity.value),
                ])
            try await researcher.get(path)
            // act
            let report = try await researcher.post(
                path + "/research",
                form: [
                    ("kind", "homeVisit"), ("visitedOn", "21/02/2023"), ("visitedOnCalendar", "gregorian"),
                    ("findings", "x"), ("householdSituation", "x"), ("recommendation", "approve"),
                    ("recommendedService", "cash"), ("recommendedAmount", "100"),
                ] + Self.needsFields)
            try await researcher.get(path)
            let upload = try await researcher.postMultipart(
                path + "/documents", form: [("kind", "other")],
                files: [.init(field: "file", filename: "photo.png", contentType: "image/png", bytes: Fixtures.pngBytes)]
            )
            // assert
            #expect(report.status == .forbidden)
            #expect(report.body.string.contains("من أقاربك المفصح عنهم"))
            #expect(upload.status == .forbidden)
            #expect(try await ResearchReportRepository(database: app.db).researchReports(of: id).isEmpty)
            let audit = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "request.recusal", recordID: id.uuidString), page: 1, perPage: 5
            ).entries
            #expect(audit.count == 2)
        }
    }
}
