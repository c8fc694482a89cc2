import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Inquiries, asked in the portal or recorded by staff")
struct InquiryTests {
    @Test(
        "a question asked in the portal is due in two working days, answered by staff, shown to the asker and rated once"
    )
    func askAnswerRate() async throws {
        try await withApp { app, harness in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let portal = try await PortalTests.signedIn(app, beneficiary)
            try await portal.get("/portal/ask")
            // act
            let asked = try await portal.post(
                "/portal/ask", form: [("category", "documents"), ("question", "هل يكفي تعريف الراتب القديم؟")])
            let inquiry = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false).first
            )
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let list = try await staff.get("/staff/inquiries")
            try await staff.get("/staff/inquiries/\(inquiry.id.uuidString.lowercased())")
            try await staff.post(
                "/staff/inquiries/\(inquiry.id.uuidString.lowercased())/answer",
                form: [("answer", "يلزم تعريف راتب صادر خلال آخر ثلاثة أشهر.")])
            let seen = try await portal.get("/portal/inquiries/\(inquiry.id.uuidString.lowercased())")
            let rated = try await portal.post(
                "/portal/inquiries/\(inquiry.id.uuidString.lowercased())/rating", form: [("score", "5")])
            try await portal.get("/portal/inquiries/\(inquiry.id.uuidString.lowercased())")
            let again = try await portal.post(
                "/portal/inquiries/\(inquiry.id.uuidString.lowercased())/rating", form: [("score", "1")])
            // assert
            #expect(asked.status == .seeOther)
            #expect(inquiry.answerDueOn == GregorianDay(year: 2023, month: 2, day: 23))
            #expect(inquiry.reference.hasPrefix("Q-1444-"))
            #expect(list.body.string.contains(inquiry.reference))
            #expect(seen.body.string.contains("يلزم تعريف راتب صادر خلال آخر ثلاثة أشهر"))
            #expect(rated.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(try await InquiryRepository(database: app.db).rating(id: inquiry.id) == 5)
            _ = harness
        }
    }

    @Test(
        "a question may carry one photo or PDF: the asker and staff download it, another beneficiary gets 404, a page renamed .png is refused next to the field"
    )
    func questionWithAttachment() async throws {
        try await withApp { app, _ in
            // setup
            let owner = try await Fixtures.beneficiary(app)
            let other = try await Fixtures.beneficiary(
                app, first: "سارة", identity: "1000000016", phone: "+966551234568")
            let portal = try await PortalTests.signedIn(app, owner)
            let stranger = try await PortalTests.signedIn(app, other)
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await portal.get("/portal/ask")
            // act
            let refused = try await portal.postMultipart(
                "/portal/ask", form: [("category", "documents"), ("question", "هل تكفي هذه الفاتورة؟")],
                files: [
                    .init(
                        field: "attachment", filename: "فاتورة.png", contentType: "image/png", bytes: Fixtures.htmlBytes
                    )
                ])
            try await portal.get("/portal/ask")
            let asked = try await portal.postMultipart(
                "/portal/ask", form: [("category", "documents"), ("question", "هل تكفي هذه الفاتورة؟")],
                files: [
                    .init(
                        field: "attachment", filename: "فاتورة.png", contentType: "image/png", bytes: Fixtures.pngBytes)
                ])
            let inquiryPath = try #require(asked.headers.first(name: .location))
            let id = try #require(UUID(uuidString: String(inquiryPath.split(separator: "/").last!)))
            let page = try await portal.get(inquiryPath)
            let ownDownload = try await portal.get(inquiryPath + "/attachment")
            let strangerDownload = try await stranger.get(inquiryPath + "/attachment")
            let staffDownload = try await staff.get("/staff/inquiries/\(id.uuidString.lowercased())/attachment")
            // assert
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("id=\"attachment-error\""))
            #expect(asked.status == .seeOther)
            #expect(page.body.string.contains("تنزيل المرفق"))
            #expect(ownDownload.status == .ok)
            #expect(Array(ownDownload.body.readableBytesView) == Fixtures.pngBytes)
            #expect(ownDownload.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(ownDownload.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(strangerDownload.status == .notFound)
            #expect(staffDownload.status == .ok)
            #expect(Array(staffDownload.body.readableBytesView) == Fixtures.pngBytes)
        }
    }

    @Test(
        "an inquiry is assigned to a named employee, who finds it under 'assigned to me'; a colleague's view does not show it; audited"
    )
    func inquiryAssignedToEmployee() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let supervisor = try await RequestLifecycleTests.signedIn(app, "supervisor", [.relations])
            let assignee = try await RequestLifecycleTests.signedIn(app, "noura", [.relations])
            let colleague = try await RequestLifecycleTests.signedIn(app, "salem", [.relations])
            let noura = try #require(try await StaffRepository(database: app.db).all().first { $0.username == "noura" })
            let path = "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())/inquiries/new"
            try await supervisor.get(path)
            let recorded = try await supervisor.post(
                path,
                form: [("channel", "phone"), ("category", "requests"), ("question", "متى تصرف المساعدة الشهرية؟")])
            let inquiryPath = try #require(recorded.headers.first(name: .location))
            try await supervisor.get(inquiryPath)
            // act
            let assigned = try await supervisor.post(
                inquiryPath + "/assignment", form: [("staffID", noura.id.uuidString.lowercased())])
            let mine = try await assignee.get("/staff/inquiries?view=mine")
            let theirs = try await colleague.get("/staff/inquiries?view=mine")
            // assert
            #expect(assigned.status == .seeOther)
            #expect(mine.body.string.contains("Test noura"))
            let id = try #require(UUID(uuidString: String(inquiryPath.split(separator: "/").last!)))
            let reference = try #require(try await InquiryRepository(database: app.db).find(id: id)).reference
            #expect(mine.body.string.contains(reference))
            #expect(!theirs.body.string.contains(reference))
            #expect(theirs.body.string.contains("لا توجد سجلات بعد."))
            #expect(try await InquiryRepository(database: app.db).find(id: id)?.assignedTo == noura.id)
            #expect(
                try await AuditLog(database: app.db).browse(
                    AuditFilter(actionPrefix: "inquiry.assign", recordID: id.uuidString), page: 1, perPage: 5
                ).entries.count == 1)
        }
    }

    @Test("an inquiry left unanswered past its due day is flagged with the days overdue; another beneficiary gets 404")
    func overdueAndPrivate() async throws {
        try await withApp { app, harness in
            // setup
            let asker = try await Fixtures.beneficiary(app, identity: "1000000008", phone: "+966551234567")
            let other = try await Fixtures.beneficiary(
                app, first: "خالد", identity: "1012345672", phone: "+966501112222")
            let portal = try await PortalTests.signedIn(app, asker)
            try await portal.get("/portal/ask")
            try await portal.post("/portal/ask", form: [("category", "services"), ("question", "متى يُصرف الدعم؟")])
            let inquiry = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: asker.id, openOnly: true).first)
            let otherPortal = try await PortalTests.signedIn(app, other)
            // act
            let peek = try await otherPortal.get("/portal/inquiries/\(inquiry.id.uuidString.lowercased())")
            harness.clock.advance(by: 5 * 86_400)
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let list = try await staff.get("/staff/inquiries")
            // assert
            #expect(peek.status == .notFound)
            #expect(list.body.string.contains("متأخر منذ ٣ أيام"))
        }
    }

    @Test("staff record a phone inquiry for a beneficiary and refer it to a researcher")
    func recordAndRefer() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let researcher = try await Fixtures.staff(app, username: "researcher", roles: [.researcher])
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let path = "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())/inquiries/new"
            try await staff.get(path)
            // act
            let recorded = try await staff.post(
                path, form: [("channel", "phone"), ("category", "requests"), ("question", "هل يمكن تقديم طلبين معًا؟")])
            let inquiryPath = try #require(recorded.headers.first(name: .location))
            try await staff.get(inquiryPath)
            let referred = try await staff.post(
                inquiryPath + "/referral", form: [("researcherID", researcher.id.uuidString.lowercased())])
            // assert
            #expect(recorded.status == .seeOther)
            #expect(referred.status == .seeOther)
            let inquiry = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false).first
            )
            #expect(inquiry.channel == .phone)
            #expect(inquiry.status == .referred)
            #expect(inquiry.referredTo == researcher.id)
        }
    }
}

@Suite("Inquiries that become requests, and household changes proposed in the portal")
struct ConversionAndProposalTests {
    @Test(
        "an inquiry turned into a support request creates a draft with the question; the asker is told its reference at once and invited to rate the answer"
    )
    func convertInquiry() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let path = "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())/inquiries/new"
            try await staff.get(path)
            let recorded = try await staff.post(
                path,
                form: [("channel", "phone"), ("category", "requests"), ("question", "أحتاج مساعدة في إيجار هذا الشهر")])
            let inquiryPath = try #require(recorded.headers.first(name: .location))
            try await staff.get(inquiryPath)
            // act
            let converted = try await staff.post(
                inquiryPath + "/convert", form: [("typeID", type.id.uuidString.lowercased())])
            // assert
            #expect(converted.status == .seeOther)
            let draft = try #require(
                try await RequestRepository(database: app.db).list(
                    RequestFilter(beneficiaryID: beneficiary.id), page: 1, perPage: 5
                ).rows.first?.request)
            #expect(draft.status == .draft)
            #expect(draft.details == "أحتاج مساعدة في إيجار هذا الشهر")
            #expect(draft.channel == .phone)
            let inquiry = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false).first
            )
            #expect(inquiry.status == .answered)
            #expect(inquiry.answer.contains(draft.reference))
            // Answered by opening a request, the question still reaches the asker, with a survey.
            let inbox = try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 10)
            #expect(inbox.contains { $0.event == .inquiryAnswered })
            #expect(try await SurveyRepository(database: app.db).invitations(subjectID: inquiry.id).count == 1)
        }
    }

    @Test(
        "a beneficiary proposes adding a child; nothing changes until staff approve, then the member is in the household"
    )
    func proposeAndApprove() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let portal = try await PortalTests.signedIn(app, beneficiary)
            try await portal.get("/portal/household")
            // act
            let proposed = try await portal.post(
                "/portal/household",
                form: [
                    ("kind", "add"), ("memberName", "ليان أحمد العتيبي"), ("relation", "daughter"),
                    ("memberGender", "female"), ("memberBornOn", "1/1/1445"), ("memberBornOnCalendar", "hijri"),
                ])
            let before = try await HouseholdRepository(database: app.db).household(headedBy: beneficiary.id)
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let file = try await staff.get("/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())")
            let proposal = try #require(
                try await HouseholdProposalRepository(database: app.db).proposals(of: beneficiary.id).first)
            let approved = try await staff.post(
                "/staff/household-proposals/\(proposal.id.uuidString.lowercased())/decision",
                form: [("decision", "approve"), ("decisionNote", "تحقق من سجل الأسرة")])
            let after = try await HouseholdRepository(database: app.db).household(headedBy: beneficiary.id)
            let portalView = try await portal.get("/portal/household")
            // assert
            #expect(proposed.status == .seeOther)
            #expect(before?.members.isEmpty ?? true)
            #expect(file.body.string.contains("تغييرات على الأسرة طلبها المستفيد"))
            #expect(approved.status == .seeOther)
            #expect(after?.members.map(\.fullName) == ["ليان أحمد العتيبي"])
            #expect(portalView.body.string.contains("اعتُمد"))
        }
    }

    @Test(
        "an administrator sets the first-answer target; a question asked afterwards is due that many working days later"
    )
    func answerTargetIsConfigurable() async throws {
        try await withApp { app, _ in
            // setup
            let admin = try await RequestLifecycleTests.signedIn(app, "admin", [.admin])
            let beneficiary = try await Fixtures.beneficiary(app)
            try await admin.get("/staff/admin/request-settings")
            // act
            let refused = try await admin.post(
                "/staff/admin/request-settings", form: [("workingDays", "10"), ("quorum", "3"), ("inquiryDays", "0")])
            let saved = try await admin.post(
                "/staff/admin/request-settings", form: [("workingDays", "10"), ("quorum", "3"), ("inquiryDays", "٥")])
            let portal = try await PortalTests.signedIn(app, beneficiary)
            try await portal.get("/portal/ask")
            try await portal.post("/portal/ask", form: [("category", "services"), ("question", "متى يصرف الدعم؟")])
            let inquiry = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: true).first)
            // assert
            #expect(refused.status == .unprocessableEntity)
            #expect(saved.status == .seeOther)
            #expect(inquiry.answerDueOn == GregorianDay(year: 2023, month: 2, day: 28))
        }
    }
}
