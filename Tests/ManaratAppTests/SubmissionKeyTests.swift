import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("A form that creates a record, submitted twice, creates it once")
struct SubmissionKeyTests {
    @Test(
        "the desk's new-request form sent twice (a retry after a lost answer) makes one draft, one reference and one audit entry; both answers lead to it"
    )
    func staffDraftOnce() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let id = beneficiary.id.uuidString.lowercased()
            try await relations.get("/staff/beneficiaries/\(id)/requests/new?type=\(type.id.uuidString.lowercased())")
            let key = try #require(relations.submissionKey)
            let fields = [
                ("typeID", type.id.uuidString.lowercased()), ("channel", "interview"), ("details", "إيجار متأخر"),
                ("amountRequested", "3000"), ("_submission", key),
            ]
            // act
            let first = try await relations.post("/staff/beneficiaries/\(id)/requests/new", form: fields)
            let retried = try await relations.post("/staff/beneficiaries/\(id)/requests/new", form: fields)
            // assert
            #expect(first.status == .seeOther)
            #expect(retried.headers.first(name: .location) == first.headers.first(name: .location))
            #expect(
                try await SupportRequestModel.query(on: app.db).filter(\.$beneficiaryID == beneficiary.id).count() == 1)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$action == "request.create").count() == 1)
        }
    }

    @Test("the portal's application and question forms sent twice each make one draft and one question")
    func portalOnce() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let browser = try await PortalTests.signedIn(app, beneficiary)
            let applyPath = "/portal/apply/\(type.id.uuidString.lowercased())"
            try await browser.get(applyPath)
            let applyKey = try #require(browser.submissionKey)
            let application = [
                ("details", "تأخر سداد الإيجار"), ("amountRequested", "٣٠٠٠"), ("_submission", applyKey),
            ]
            // act
            let firstDraft = try await browser.post(applyPath, form: application)
            let retriedDraft = try await browser.post(applyPath, form: application)
            try await browser.get("/portal/ask")
            let askKey = try #require(browser.submissionKey)
            let question = [("category", "services"), ("question", "متى يصرف الدعم؟"), ("_submission", askKey)]
            let firstQuestion = try await browser.postMultipart("/portal/ask", form: question, files: [])
            let retriedQuestion = try await browser.postMultipart("/portal/ask", form: question, files: [])
            // assert
            #expect(firstDraft.status == .seeOther)
            #expect(retriedDraft.headers.first(name: .location) == firstDraft.headers.first(name: .location))
            #expect(firstQuestion.status == .seeOther)
            #expect(retriedQuestion.headers.first(name: .location) == firstQuestion.headers.first(name: .location))
            #expect(
                try await SupportRequestModel.query(on: app.db).filter(\.$beneficiaryID == beneficiary.id).count() == 1)
            #expect(
                try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false).count
                    == 1)
        }
    }

    @Test(
        "a registration sent twice makes one file and one audit entry, and the second answer opens that file instead of saying the identity is taken"
    )
    func registrationOnce() async throws {
        try await withApp { app, _ in
            // setup
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await relations.get("/staff/beneficiaries/new")
            let key = try #require(relations.submissionKey)
            let form = Fixtures.beneficiaryForm() + [("_submission", key)]
            // act
            let first = try await relations.post("/staff/beneficiaries/new", form: form)
            let retried = try await relations.post("/staff/beneficiaries/new", form: form)
            // assert
            #expect(first.status == .seeOther)
            #expect(retried.status == .seeOther)
            #expect(retried.headers.first(name: .location) == first.headers.first(name: .location))
            #expect(try await BeneficiaryModel.query(on: app.db).count() == 1)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$action == "beneficiary.create").count() == 1)
        }
    }

    @Test(
        "a file page's household and contact forms share the page's key: each sent twice adds one member and one contact, and neither stands in for the other"
    )
    func filePageFormsOnce() async throws {
        try await withApp { app, _ in
            // setup
            let head = try await Fixtures.beneficiary(app)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let path = "/staff/beneficiaries/\(head.id.uuidString.lowercased())"
            try await relations.get(path)
            let key = try #require(relations.submissionKey)
            let member = [
                ("memberName", "سارة أحمد العتيبي"), ("relation", "daughter"), ("memberGender", "female"),
                ("memberBornOn", "1/1/1430"), ("memberBornOnCalendar", "hijri"), ("_submission", key),
            ]
            let contact = [
                ("channel", "phone"), ("direction", "incoming"), ("summary", "سأل عن موعد الزيارة"), ("followUpOn", ""),
                ("followUpOnCalendar", "gregorian"), ("_submission", key),
            ]
            // act
            try await relations.post(path + "/household/members", form: member)
            try await relations.post(path + "/household/members", form: member)
            try await relations.post(path + "/contacts", form: contact)
            try await relations.post(path + "/contacts", form: contact)
            let household = try await HouseholdRepository(database: app.db).household(headedBy: head.id)
            let contacts = try await ContactRepository(database: app.db).contacts(of: .beneficiary, id: head.id)
            // assert
            #expect(household?.members.count == 1)
            #expect(contacts.count == 1)
            #expect(
                try await AuditEntryModel.query(on: app.db).filter(\.$action == "household.member_add").count() == 1)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$action == "contact.create").count() == 1)
        }
    }

    @Test("a supporter and a gift, each sent twice, are recorded once: the total given is not doubled")
    func supporterAndGiftOnce() async throws {
        try await withApp { app, _ in
            // setup
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await relations.get("/staff/supporters/new")
            let supporterKey = try #require(relations.submissionKey)
            let supporterForm = [
                ("kind", "organization"), ("name", "مؤسسة الخير الوقفية"), ("email", "info@example.org"),
                ("_submission", supporterKey),
            ]
            // act
            let first = try await relations.post("/staff/supporters/new", form: supporterForm)
            let retried = try await relations.post("/staff/supporters/new", form: supporterForm)
            let path = try #require(first.headers.first(name: .location)?.split(separator: "?").first.map(String.init))
            try await relations.get(path)
            let giftKey = try #require(relations.submissionKey)
            let gift = [("kind", "cash"), ("amount", "1500"), ("designation", "كفالة أيتام"), ("_submission", giftKey)]
            try await relations.post(path + "/support", form: gift)
            try await relations.post(path + "/support", form: gift)
            let page = try await relations.get(path).body.string
            // assert
            #expect(retried.headers.first(name: .location) == first.headers.first(name: .location))
            #expect(try await SupporterRepository(database: app.db).search("الخير").count == 1)
            #expect(page.contains("إجمالي الدعم النقدي: ١٬٥٠٠ ريال"))
        }
    }
}
