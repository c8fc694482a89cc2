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
    @Test("the desk's new-request form sent twice (a retry after a lost answer) makes one draft, one reference and one audit entry; both answers lead to it")
    func staffDraftOnce() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let id = beneficiary.id.uuidString.lowercased()
            try await relations.get("/staff/beneficiaries/\(id)/requests/new?type=\(type.id.uuidString.lowercased())")
            let key = try #require(relations.submissionKey)
            let fields = [("typeID", type.id.uuidString.lowercased()), ("channel", "interview"), ("details", "إيجار متأخر"), ("amountRequested", "3000"), ("_submission", key)]
            // act
            let first = try await relations.post("/staff/beneficiaries/\(id)/requests/new", form: fields)
            let retried = try await relations.post("/staff/beneficiaries/\(id)/requests/new", form: fields)
            // assert
            #expect(first.status == .seeOther)
            #expect(retried.headers.first(name: .location) == first.headers.first(name: .location))
            #expect(try await SupportRequestModel.query(on: app.db).filter(\.$beneficiaryID == beneficiary.id).count() == 1)
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
            let application = [("details", "تأخر سداد الإيجار"), ("amountRequested", "٣٠٠٠"), ("_submission", applyKey)]
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
            #expect(try await SupportRequestModel.query(on: app.db).filter(\.$beneficiaryID == beneficiary.id).count() == 1)
            #expect(try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false).count == 1)
        }
    }
}
