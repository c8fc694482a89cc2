import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Request types, the committee quorum and conflict declarations, as administrators set them")
struct RequestSettingsTests {
    @Test(
        "an administrator defines a request type with its fields and documents; intake then shows them; a malformed field line is refused with how to write it"
    )
    func administratorDefinesARequestType() async throws {
        try await withApp { app, _ in
            // setup
            let admin = try await RequestLifecycleTests.signedIn(app, "boss", [.admin])
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let beneficiary = try await Fixtures.beneficiary(app)
            try await admin.get("/staff/admin/request-types/new")
            let base: [(String, String)] = [
                ("code", "utilities"), ("nameArabic", "سداد فواتير الخدمات"), ("nameEnglish", "Utility bills"),
                ("documents[]", "lease"), ("documents[]", "identityCopy"), ("validDocuments[]", "identityCopy"),
                ("services[]", "cash"), ("isActive", "on"),
            ]
            // act
            let malformed = try await admin.post(
                "/staff/admin/request-types/new", form: base + [("fields", "landlord")])
            let created = try await admin.post(
                "/staff/admin/request-types/new", form: base + [("fields", "landlord | اسم المؤجر | Landlord")])
            let forbidden = try await relations.get("/staff/admin/request-types")
            let intake = try await relations.get(
                "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())/requests/new?type="
                    + (try #require(
                        try await RequestTypeRepository(database: app.db).types().first { $0.code == "utilities" })).id
                    .uuidString.lowercased())
            // assert
            #expect(malformed.status == .unprocessableEntity)
            #expect(malformed.body.string.contains("كل سطر: رمز بحروف لاتينية صغيرة"))
            #expect(created.status == .seeOther)
            let type = try #require(
                try await RequestTypeRepository(database: app.db).types().first { $0.code == "utilities" })
            #expect(type.requiredFields.map(\.key) == ["landlord"])
            #expect(Set(type.requiredDocuments.map(\.kind)) == [.lease, .identityCopy])
            #expect(type.requiredDocuments.first { $0.kind == .identityCopy }?.mustBeValidAtSubmission == true)
            #expect(type.requiredDocuments.first { $0.kind == .lease }?.mustBeValidAtSubmission == false)
            #expect(forbidden.status == .forbidden)
            #expect(intake.body.string.contains("اسم المؤجر"))
            #expect(intake.body.string.contains("سداد فواتير الخدمات"))
        }
    }

    @Test("with the quorum set to three, a meeting with two members present cannot be opened, and says why")
    func quorumIsEnforced() async throws {
        try await withApp { app, _ in
            // setup
            let admin = try await RequestLifecycleTests.signedIn(app, "boss", [.admin])
            try await admin.get("/staff/admin/request-settings")
            let saved = try await admin.post(
                "/staff/admin/request-settings", form: [("workingDays", "10"), ("quorum", "3"), ("inquiryDays", "2")])
            let chair = try await RequestLifecycleTests.signedIn(app, "m1", [.committee])
            let second = try await Fixtures.staff(app, username: "m2", roles: [.committee])
            let members = try await StaffRepository(database: app.db).all().filter { $0.roles.contains(.committee) }
            try await chair.get("/staff/committee/meetings/new")
            // act
            let meeting = try await chair.post(
                "/staff/committee/meetings/new",
                form: [("heldOn", "1/8/1444"), ("heldOnCalendar", "hijri")]
                    + members.map { ("members[]", $0.id.uuidString.lowercased()) })
            // assert
            #expect(saved.status == .seeOther || saved.status == .ok)
            #expect(members.count == 2 && members.contains { $0.id == second.id })
            #expect(meeting.status == .unprocessableEntity)
            #expect(meeting.body.string.contains("لم يكتمل النصاب: يلزم حضور ٣ أعضاء على الأقل."))
        }
    }
}
