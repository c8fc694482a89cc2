import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Notifications: the outbox, its worker, providers, templates and the portal inbox")
struct NotificationTests {
    /// Points the app's SMS at `gateway`'s generic JSON endpoint.
    static func smsThrough(_ gateway: LocalGateway) -> (inout AppConfiguration) -> Void {
        { $0.notifications.sms = .genericJSON(url: gateway.url + "/sms", token: "secret-token", sender: "Manarat") }
    }

    /// A request of `beneficiary`'s taken through intake to the committee, and three members signed in.
    static func atCommittee(_ app: Application, _ beneficiary: Beneficiary) async throws -> (
        id: UUID, members: [TestBrowser]
    ) {
        let type = try await Fixtures.requestType(app)
        let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
        let members = try await [
            RequestLifecycleTests.signedIn(app, "m1", [.committee]),
            RequestLifecycleTests.signedIn(app, "m2", [.committee]),
            RequestLifecycleTests.signedIn(app, "m3", [.committee]),
        ]
        let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
        try await RequestLifecycleTests.attest(relations, path: path)
        try await relations.get(path)
        try await relations.post(path + "/submit", form: [])
        try await relations.get(path)
        try await relations.post(path + "/to-committee", form: [])
        return (id, members)
    }

    /// Holds a meeting on request `id`, has every member vote `vote`, and records the decision.
    static func decide(
        _ app: Application, _ id: UUID, members: [TestBrowser], vote: String, decision: [(String, String)]
    ) async throws -> TestingHTTPResponse {
        try await members[0].get("/staff/committee/meetings/new")
        let memberIDs = try await StaffRepository(database: app.db).all().filter { $0.roles.contains(.committee) }.map {
            $0.id.uuidString.lowercased()
        }
        let meeting = try await members[0].post(
            "/staff/committee/meetings/new",
            form: [("heldOn", "1/8/1444"), ("heldOnCalendar", "hijri"), ("requests[]", id.uuidString.lowercased())]
                + memberIDs.map { ("members[]", $0) })
        let meetingPath = try #require(meeting.headers.first(name: .location))
        for member in members {
            try await member.get(meetingPath)
            try await member.post(
                meetingPath + "/votes",
                form: [("requestID", id.uuidString.lowercased()), ("vote", vote), ("comment", "")])
        }
        try await members[1].get(meetingPath)
        return try await members[1].post(
            meetingPath + "/decisions", form: [("requestID", id.uuidString.lowercased())] + decision)
    }

    @Test(
        "a committee rejection reaches the applicant by SMS in their language, with the reason and both calendars' dates, once"
    )
    func decisionBySMS() async throws {
        try await withLocalGateway { gateway in
            try await withApp(configure: Self.smsThrough(gateway)) { app, _ in
                // setup
                let beneficiary = try await Fixtures.beneficiary(app, language: .english)
                let (id, members) = try await Self.atCommittee(app, beneficiary)
                // act
                let decided = try await Self.decide(
                    app, id, members: members, vote: "reject",
                    decision: [("reasons[]", "incomeAboveThreshold"), ("note", "")])
                try await app.drainOutbox()
                try await app.drainOutbox()
                // assert
                #expect(decided.status == .seeOther)
                let texts = gateway.received.filter { $0.path == "/sms" }.map(\.body)
                let rejection = try #require(texts.first { $0.contains("did not approve") })
                #expect(texts.filter { $0.contains("did not approve") }.count == 1)
                #expect(rejection.contains("+966551234567"))
                #expect(rejection.contains("on 1 Sha'ban 1444 AH (21 February 2023)"))
                #expect(rejection.contains("Reason: Income"))
                #expect(gateway.received.allSatisfy { $0.headers.first(name: .authorization) == "Bearer secret-token" })
                let outbox = try await OutboxRepository(database: app.db).list(status: nil, limit: 50)
                #expect(
                    outbox.filter { $0.event == .requestRejected }.map(\.channel).sorted { $0.rawValue < $1.rawValue }
                        == [.portal, .sms])
                #expect(outbox.filter { $0.channel == .sms }.allSatisfy { $0.status == .sent })
            }
        }
    }

    @Test("two workers draining one outbox of 100 messages at once send each message exactly once")
    func twoWorkersExactlyOnce() async throws {
        try await withLocalGateway { gateway in
            try await withApp(configure: Self.smsThrough(gateway)) { app, harness in
                // setup
                let outbox = OutboxRepository(database: app.db)
                for number in 1...100 {
                    try await outbox.enqueue(
                        NotificationDraft(
                            event: .requestReceived, recipientKind: "beneficiary", recipientID: nil, relatedID: nil,
                            channel: .sms, address: "+966551234567", language: .arabic, subject: "",
                            body: "رسالة \(number)", notBefore: harness.clock.now, dedupeKey: nil),
                        at: harness.clock.now)
                }
                // act
                async let first = app.drainOutbox()
                async let second = app.drainOutbox()
                let handled = try await first + second
                // assert
                let references = gateway.received.compactMap {
                    try? JSONDecoder().decode([String: String].self, from: Data($0.body.utf8))["reference"]
                }
                #expect(handled == 100)
                #expect(references.count == 100)
                #expect(Set(references).count == 100)
                #expect(try await outbox.countsByStatus()[.sent] == 100)
            }
        }
    }

    @Test(
        "a gateway that keeps failing is retried with growing waits, then the message is marked failed with its answer; staff send it again"
    )
    func retriesThenFailsThenResend() async throws {
        try await withLocalGateway(failFirst: 6) { gateway in
            try await withApp(configure: Self.smsThrough(gateway)) { app, harness in
                // setup
                let outbox = OutboxRepository(database: app.db)
                let id = try #require(
                    try await outbox.enqueue(
                        NotificationDraft(
                            event: .requestApproved, recipientKind: "beneficiary", recipientID: nil, relatedID: nil,
                            channel: .sms, address: "+966551234567", language: .arabic, subject: "", body: "قرار",
                            notBefore: harness.clock.now, dedupeKey: nil), at: harness.clock.now))
                let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
                // act: six tries, each after its wait
                var waits: [TimeInterval] = []
                for _ in 1...6 {
                    try await app.drainOutbox()
                    if let entry = try await outbox.find(id: id), entry.status == .pending {
                        waits.append(entry.nextAttemptAt.timeIntervalSince(harness.clock.now))
                        try await app.drainOutbox()
                        harness.clock.advance(by: entry.nextAttemptAt.timeIntervalSince(harness.clock.now))
                    }
                }
                let failed = try #require(try await outbox.find(id: id))
                let page = try await quality.get("/staff/admin/outbox?status=failed")
                let resent = try await quality.post(
                    "/staff/admin/outbox/\(id.uuidString.lowercased())/resend", form: [])
                try await app.drainOutbox()
                // assert
                #expect(waits == [30, 60, 120, 240, 480])
                #expect(failed.status == .failed)
                #expect(failed.attempts == 6)
                #expect(failed.providerAnswer.contains("HTTP 500"))
                #expect(page.status == .ok)
                #expect(page.body.string.contains("HTTP 500"))
                #expect(resent.status == .seeOther)
                #expect(try await outbox.find(id: id)?.status == .sent)
                #expect(gateway.received.count == 7)
                let audited = try await AuditLog(database: app.db).browse(
                    AuditFilter(recordType: "notification"), page: 1, perPage: 10
                ).entries.map(\.action)
                #expect(audited == ["notification.resend"])
            }
        }
    }

    @Test("Unifonic gets its documented form fields, WhatsApp an approved template with its parameters")
    func providerFormats() async throws {
        try await withLocalGateway { gateway in
            try await withApp(configure: { configuration in
                configuration.notifications.sms = .unifonic(
                    baseURL: gateway.url, appSid: "APP-SID", senderID: "Manarat")
                configuration.notifications.whatsApp = .init(
                    baseURL: gateway.url + "/v21.0", phoneNumberID: "1234567890", token: "wa-token")
            }) { app, harness in
                // setup
                let outbox = OutboxRepository(database: app.db)
                let sms = try #require(
                    try await outbox.enqueue(
                        NotificationDraft(
                            event: .requestReceived, recipientKind: "beneficiary", recipientID: nil, relatedID: nil,
                            channel: .sms, address: "+966551234567", language: .arabic, subject: "",
                            body: "استلمنا طلبك", notBefore: harness.clock.now, dedupeKey: nil), at: harness.clock.now))
                try await outbox.enqueue(
                    NotificationDraft(
                        event: .requestApproved, recipientKind: "beneficiary", recipientID: nil, relatedID: nil,
                        channel: .whatsapp, address: "+966551234567", language: .arabic,
                        subject: "manarat_request_approved", body: "قبلنا طلبك", parameters: ["أحمد", "R-1"],
                        notBefore: harness.clock.now, dedupeKey: nil), at: harness.clock.now)
                // act
                try await app.drainOutbox()
                // assert
                let unifonic = try #require(gateway.received.first { $0.path == "/rest/SMS/messages" })
                let form = URLComponents(string: "?" + unifonic.body)?.queryItems ?? []
                let fields = Dictionary(
                    form.map { ($0.name, $0.value?.replacingOccurrences(of: "+", with: " ") ?? "") },
                    uniquingKeysWith: { a, _ in a })
                #expect(fields["AppSid"] == "APP-SID")
                #expect(fields["Recipient"] == "966551234567")
                #expect(fields["CorrelationID"] == sms.uuidString)
                #expect(fields["Body"] == "استلمنا طلبك")
                let whatsApp = try #require(gateway.received.first { $0.path == "/v21.0/1234567890/messages" })
                #expect(whatsApp.headers.first(name: .authorization) == "Bearer wa-token")
                #expect(whatsApp.body.contains(#""name":"manarat_request_approved""#))
                #expect(whatsApp.body.contains(#""messaging_product":"whatsapp""#))
                #expect(whatsApp.body.contains("R-1"))
            }
        }
    }

    @Test(
        "an administrator's template with an unknown placeholder is refused; a valid one is used for the next message")
    func templateEditing() async throws {
        try await withApp { app, _ in
            // setup
            let admin = try await RequestLifecycleTests.signedIn(app, "admin", [.admin])
            let path = "/staff/admin/templates/request_received/portal/ar"
            try await admin.get(path)
            // act
            let refused = try await admin.post(
                path, form: [("subject", "طلبك"), ("body", "{{name}} رقم {{reference}} {{iban}}")])
            let saved = try await admin.post(
                path, form: [("subject", "وصل طلبك"), ("body", "مرحبًا {{name}}، رقم طلبك {{reference}}")])
            let unknownEvent = try await admin.get("/staff/admin/templates/no_such_event/portal/ar")
            let beneficiary = try await Fixtures.beneficiary(app)
            let (id, _) = try await Self.submitted(app, beneficiary)
            // assert
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("{{iban}}"))
            #expect(saved.status == .seeOther)
            #expect(unknownEvent.status == .notFound)
            let reference = try #require(try await RequestRepository(database: app.db).find(id: id)?.reference)
            let inbox = try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 10)
            #expect(inbox.first?.body == "مرحبًا أحمد، رقم طلبك \(reference)")
            #expect(inbox.first?.subject == "وصل طلبك")
        }
    }

    /// A request submitted by staff with nothing missing, so its registration completes.
    static func submitted(_ app: Application, _ beneficiary: Beneficiary) async throws -> (UUID, TestBrowser) {
        let type = try await Fixtures.requestType(app, code: "aid-" + UUID().uuidString.prefix(6).lowercased())
        let relations = try await RequestLifecycleTests.signedIn(
            app, "relations-" + UUID().uuidString.prefix(6).lowercased(), [.relations])
        let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
        try await RequestLifecycleTests.attest(relations, path: path)
        try await relations.get(path)
        try await relations.post(path + "/submit", form: [])
        return (id, relations)
    }

    @Test(
        "the portal inbox shows a beneficiary their own notices and nobody else's; opting out keeps reminders off SMS but not decisions"
    )
    func inboxAndOptOut() async throws {
        try await withApp { app, _ in
            // setup
            let owner = try await Fixtures.beneficiary(app)
            let other = try await Fixtures.beneficiary(
                app, first: "سارة", identity: "1000000016", phone: "+966551234568")
            _ = try await Self.submitted(app, owner)
            let ownerBrowser = try await PortalTests.signedIn(app, owner)
            let otherBrowser = try await PortalTests.signedIn(app, other)
            // act
            let ownInbox = try await ownerBrowser.get("/portal/inbox")
            let otherInbox = try await otherBrowser.get("/portal/inbox")
            try await otherBrowser.get("/portal/notifications")
            let optOut = try await otherBrowser.post(
                "/portal/notifications", form: [("channel", "sms"), ("optedOut", "on")])
            let badChannel = try await otherBrowser.post("/portal/notifications", form: [("channel", "pigeon")])
            let preference = try await OutboxRepository(database: app.db).preference(beneficiaryID: other.id)
            // assert
            #expect(ownInbox.status == .ok)
            #expect(ownInbox.body.string.contains("استلمنا طلبك"))
            // The reference is one left-to-right run inside the Arabic sentence, never split at its hyphens.
            #expect(ownInbox.body.string.contains("<bdi dir=\"ltr\" class=\"nowrap\">R-1444-000001</bdi>"))
            #expect(otherInbox.status == .ok)
            #expect(!otherInbox.body.string.contains("استلمنا طلبك"))
            #expect(optOut.status == .ok)
            #expect(badChannel.status == .unprocessableEntity)
            #expect(preference?.optedOut == true)
            #expect(try await OutboxRepository(database: app.db).unreadCount(beneficiaryID: owner.id) == 0)
        }
    }

    @Test("an identity expiring within 30 days is notified once, however often the calendar job runs")
    func identityExpiringOnce() async throws {
        try await withApp { app, harness in
            // setup
            let today = GregorianDay(harness.clock.now, timeZone: TimeZone(identifier: "Asia/Riyadh")!)
            let expiring = try await Fixtures.beneficiary(app, identityExpiresOn: today.adding(days: 20))
            try await Fixtures.beneficiary(
                app, first: "سارة", identity: "1000000016", phone: "+966551234568",
                identityExpiresOn: today.adding(days: 90))
            // act
            try await app.runScheduledNotifications()
            try await app.runScheduledNotifications()
            try await app.drainOutbox()
            // assert
            let all = try await OutboxRepository(database: app.db).list(status: nil, limit: 50).filter {
                $0.event == .identityExpiring
            }
            #expect(all.map(\.recipientID) == [expiring.id, expiring.id])
            #expect(Set(all.map(\.channel)) == [.portal, .sms])
            let log = try await PortalRepository(database: app.db).messages()
            #expect(log.filter { $0.body.contains("تنتهي هويتك") }.count == 1)
        }
    }

    @Test("a beneficiary who chose the inbox alone finds it still chosen on the next visit, not SMS")
    func inboxAloneStaysChosen() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let browser = try await PortalTests.signedIn(app, beneficiary)
            let path = PortalURL.notificationSettings.path
            try await browser.get(path)
            // act
            let saved = try await browser.post(path, form: [("channel", "portal")])
            let again = try await browser.get(path)
            // assert
            #expect(saved.status == .ok)
            #expect(again.body.string.contains(#"<option value="portal" selected="selected""#))
            #expect(!again.body.string.contains(#"<option value="sms" selected="selected""#))
        }
    }

    @Test(
        "e-mail goes through the relay over STARTTLS with AUTH PLAIN, as plain text and right-to-left HTML; a relay without TLS is refused"
    )
    func emailOverSTARTTLS() async throws {
        // setup
        let relay = try await LocalSMTPRelay.start()
        let plainRelay = try await LocalSMTPRelay.start(offerTLS: false)
        let caFile = try TestCertificate.certificateFile()
        defer { try? FileManager.default.removeItem(atPath: caFile) }
        try await withApp(configure: { configuration in
            configuration.notifications.smtp = SMTPSettings(
                host: "localhost", port: relay.port, username: "manarat", password: "relay-secret",
                from: "noreply@manarat.test", caCertificatePath: caFile)
        }) { app, harness in
            let beneficiary = try await Fixtures.beneficiary(app)
            let browser = try await PortalTests.signedIn(app, beneficiary)
            try await browser.get("/portal/notifications")
            let chosen = try await browser.post(
                "/portal/notifications", form: [("channel", "email"), ("email", "ahmad@example.org")])
            let badAddress = try await browser.post(
                "/portal/notifications", form: [("channel", "email"), ("email", "ahmad at example")])
            // act
            _ = try await Self.submitted(app, beneficiary)
            try await app.drainOutbox()
            // assert
            #expect(chosen.status == .ok)
            #expect(badAddress.status == .unprocessableEntity)
            let mail = try #require(relay.received.first)
            #expect(mail.overTLS)
            #expect(mail.user == "manarat")
            #expect(mail.from == "noreply@manarat.test")
            #expect(mail.to == "ahmad@example.org")
            #expect(mail.data.contains("Content-Type: multipart/alternative"))
            let parts = mail.data.components(separatedBy: "\r\n\r\n").dropFirst(2).compactMap { part in
                Data(
                    base64Encoded: part.components(separatedBy: "\r\n--").first?.replacingOccurrences(
                        of: "\r\n", with: "") ?? ""
                ).map { String(decoding: $0, as: UTF8.self) }
            }
            #expect(parts.contains { $0.contains("استلمنا طلبك") && !$0.contains("<html") })
            #expect(parts.contains { $0.contains("dir=\"rtl\"") && $0.contains("استلمنا طلبك") })
            _ = harness
        }
        try await withApp(configure: { configuration in
            configuration.notifications.smtp = SMTPSettings(
                host: "127.0.0.1", port: plainRelay.port, username: "manarat", password: "relay-secret",
                from: "noreply@manarat.test")
        }) { app, harness in
            let outbox = OutboxRepository(database: app.db)
            let id = try #require(
                try await outbox.enqueue(
                    NotificationDraft(
                        event: .requestReceived, recipientKind: "beneficiary", recipientID: nil, relatedID: nil,
                        channel: .email, address: "ahmad@example.org", language: .arabic, subject: "طلبك",
                        body: "استلمنا طلبك", notBefore: harness.clock.now, dedupeKey: nil), at: harness.clock.now))
            try await app.drainOutbox()
            let entry = try #require(try await outbox.find(id: id))
            #expect(entry.status == .pending)
            #expect(entry.providerAnswer.contains("STARTTLS"))
            #expect(plainRelay.received.isEmpty)
        }
        await relay.shutdown()
        await plainRelay.shutdown()
    }

    @Test(
        "the employee responsible for an overdue request finds a notice on their desk, once, with the due date in both calendars"
    )
    func overdueNoticeToStaff() async throws {
        try await withApp { app, harness in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let (id, _) = try await Self.submitted(app, beneficiary)
            let request = try #require(try await RequestRepository(database: app.db).find(id: id))
            let due = try #require(request.expectedResponseOn)
            harness.clock.advance(by: 30 * 86_400)
            // act
            try await app.runScheduledNotifications()
            try await app.runScheduledNotifications()
            let employeeID = try #require(request.intakeStaffID)
            let employee = try #require(try await StaffRepository(database: app.db).find(id: employeeID))
            let relations = TestBrowser(app: app)
            try await relations.signIn(username: employee.username, password: Fixtures.password)
            let desk = try await relations.get("/staff")
            // assert
            let notices = try await OutboxRepository(database: app.db).list(status: nil, limit: 50).filter {
                $0.event == .requestOverdue
            }
            #expect(notices.count == 1)
            #expect(notices.first?.recipientID == request.intakeStaffID)
            #expect(desk.status == .ok)
            #expect(desk.body.string.contains("تجاوز موعد الرد"))
            #expect(desk.body.string.contains(request.reference))
            let hijri = UmmAlQura.hijri(from: due).day
            let arabicYear = String(
                String(hijri.year).compactMap { $0.wholeNumberValue.map { Character(Unicode.Scalar(0x0660 + $0)!) } })
            #expect(notices.first?.body.contains(arabicYear + "\u{00A0}هـ") == true)
        }
    }

    @Test(
        "a beneficiary's file shows one history, newest first: a contact, then the request's steps and the SMS sent about it; an expired identity is flagged"
    )
    func fileHistoryNewestFirst() async throws {
        try await withApp { app, harness in
            // setup
            let beneficiary = try await Fixtures.beneficiary(
                app, identityExpiresOn: GregorianDay(year: 2023, month: 1, day: 1))
            let staff = try await RequestLifecycleTests.signedIn(app, "relations-history", [.relations])
            let filePath = "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())"
            try await staff.get(filePath)
            let jeddah = try await Fixtures.branch(app, code: "JED", nameArabic: "فرع جدة")
            try await staff.post(
                filePath + "/contacts",
                form: [
                    ("channel", "branchRepresentative"), ("direction", "incoming"), ("summary", "سأل عن موعد الزيارة"),
                    ("followUpOn", ""), ("followUpOnCalendar", "gregorian"),
                    ("branchID", jeddah.id.uuidString.lowercased()),
                ])
            let badBranch = try await staff.post(
                filePath + "/contacts",
                form: [
                    ("channel", "phone"), ("direction", "incoming"), ("summary", "x"), ("followUpOn", ""),
                    ("followUpOnCalendar", "gregorian"), ("branchID", UUID().uuidString),
                ])
            harness.clock.advance(by: 3600)
            _ = try await Self.submitted(app, beneficiary)
            try await app.drainOutbox()
            // act
            try await staff.signIn(username: "relations-history", password: Fixtures.password)
            let page = try await staff.get(filePath).body.string
            // assert
            let history = try #require(page.range(of: "السجل الكامل")).upperBound
            let body = page[history...]
            let contact = try #require(body.range(of: "سأل عن موعد الزيارة")).lowerBound
            let sms = try #require(body.range(of: "رسالة نصية — استلام الطلب")).lowerBound
            let registered = try #require(body.range(of: "R-1444-000001")).lowerBound
            #expect(sms < contact)
            #expect(registered < contact)
            #expect(page.contains("الهوية منتهية"))
            #expect(badBranch.status == .unprocessableEntity)
            let contacts = try await ContactRepository(database: app.db).contacts(of: .beneficiary, id: beneficiary.id)
            #expect(contacts.map(\.branchID) == [jeddah.id])
            #expect(page.contains("فرع جدة"))
        }
    }

    @Test("a document of a request in progress expiring within 30 days is notified once, however often the job runs")
    func documentExpiringOnce() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)])
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            try await relations.postMultipart(
                path + "/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", "1000000008"), ("expiresOn", "3/3/2023"),
                    ("expiresOnCalendar", "gregorian"),
                ],
                files: [
                    .init(field: "file", filename: "id.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            try await RequestLifecycleTests.attest(relations, path: path)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            // act
            try await app.runScheduledNotifications()
            try await app.runScheduledNotifications()
            // assert
            let notices = try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 20)
                .filter { $0.event == .documentExpiring }
            #expect(try await RequestRepository(database: app.db).find(id: id)?.status == .registered)
            #expect(notices.count == 1)
            #expect(
                notices.first?.body.contains("٣\u{00A0}مارس\u{00A0}٢٠٢٣") == true
                    || notices.first?.body.contains("٣ مارس ٢٠٢٣") == true)
        }
    }

    @Test(
        "an identity expiring 1 Muharram 1452 AH (3 May 2030, official calendar) is reminded from 3 April 2030, not on 2 April"
    )
    func expiryReminderAcross2029() async throws {
        try await withApp { app, harness in
            // setup
            let riyadh = TimeZone(identifier: "Asia/Riyadh")!
            let expiry = UmmAlQura.gregorian(from: try HijriDay(year: 1452, month: 1, day: 1)).day
            let beneficiary = try await Fixtures.beneficiary(app, identityExpiresOn: expiry)
            let dayBefore = GregorianDay(year: 2030, month: 4, day: 2)!.startOfDay(in: riyadh).addingTimeInterval(
                9 * 3600)
            harness.clock.advance(by: dayBefore.timeIntervalSince(harness.clock.now))
            // act
            try await app.runScheduledNotifications()
            let early = try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 10)
                .filter { $0.event == .identityExpiring }
            harness.clock.advance(by: 86_400)
            try await app.runScheduledNotifications()
            let due = try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 10)
                .filter { $0.event == .identityExpiring }
            // assert
            #expect(expiry == GregorianDay(year: 2030, month: 5, day: 3))
            #expect(early.isEmpty)
            #expect(due.count == 1)
            #expect(due.first?.body.contains("١ محرم ١٤٥٢") == true)
        }
    }

    @Test(
        "a request the committee deferred goes back to it; each meeting's minutes keep their own outcome; the agenda shows how late a request is"
    )
    func deferredReturnsToCommittee() async throws {
        try await withApp { app, harness in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let (id, members) = try await Self.atCommittee(app, beneficiary)
            let relations = TestBrowser(app: app)
            try await relations.signIn(username: "relations", password: Fixtures.password)
            // act
            let deferred = try await Self.decide(
                app, id, members: members, vote: "defer", decision: [("note", "نحتاج تقرير زيارة")])
            let firstMeeting = try #require(try await CommitteeRepository(database: app.db).all().first?.id)
            let path = "/staff/requests/\(id.uuidString.lowercased())"
            try await relations.get(path)
            let returned = try await relations.post(path + "/to-committee", form: [])
            harness.clock.advance(by: 20 * 86_400)
            for member in members {
                try await member.signIn(
                    username: ["m1", "m2", "m3"][members.firstIndex { $0 === member }!], password: Fixtures.password)
            }
            let agenda = try await members[0].get("/staff/committee/meetings/new")
            let approved = try await Self.decide(
                app, id, members: members, vote: "approve",
                decision: [("service", "cash"), ("amount", "500"), ("note", "")])
            let firstMinutes = try await members[0].get(
                "/staff/committee/meetings/\(firstMeeting.uuidString.lowercased())/minutes")
            // assert
            #expect(deferred.status == .seeOther)
            #expect(returned.status == .seeOther)
            #expect(agenda.body.string.contains("متأخر"))
            #expect(approved.status == .seeOther)
            #expect(try await RequestRepository(database: app.db).find(id: id)?.status == .approved)
            #expect(firstMinutes.body.string.contains("مؤجل"))
            #expect(!firstMinutes.body.string.contains("٥٠٠"))
        }
    }

    @Test("the committee's decision waits until every member present has voted, and names who has not")
    func decisionWaitsForEveryVote() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let (id, members) = try await Self.atCommittee(app, beneficiary)
            try await members[0].get("/staff/committee/meetings/new")
            let memberIDs = try await StaffRepository(database: app.db).all().filter { $0.roles.contains(.committee) }
                .map { $0.id.uuidString.lowercased() }
            let meeting = try await members[0].post(
                "/staff/committee/meetings/new",
                form: [("heldOn", "1/8/1444"), ("heldOnCalendar", "hijri"), ("requests[]", id.uuidString.lowercased())]
                    + memberIDs.map { ("members[]", $0) })
            let meetingPath = try #require(meeting.headers.first(name: .location))
            try await members[0].get(meetingPath)
            try await members[0].post(
                meetingPath + "/votes",
                form: [("requestID", id.uuidString.lowercased()), ("vote", "approve"), ("comment", "")])
            // act
            try await members[1].get(meetingPath)
            let early = try await members[1].post(
                meetingPath + "/decisions",
                form: [("requestID", id.uuidString.lowercased()), ("service", "cash"), ("amount", "500")])
            for member in members.dropFirst() {
                try await member.get(meetingPath)
                try await member.post(
                    meetingPath + "/votes",
                    form: [("requestID", id.uuidString.lowercased()), ("vote", "approve"), ("comment", "")])
            }
            try await members[1].get(meetingPath)
            let decided = try await members[1].post(
                meetingPath + "/decisions",
                form: [("requestID", id.uuidString.lowercased()), ("service", "cash"), ("amount", "500")])
            // assert
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("لم يصوّت بعد"))
            #expect(early.body.string.contains("Test m2") && early.body.string.contains("Test m3"))
            #expect(decided.status == .seeOther)
            #expect(try await RequestRepository(database: app.db).find(id: id)?.status == .approved)
        }
    }
}
