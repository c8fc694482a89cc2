import Foundation
import Testing

@testable import ManaratDomain

@Suite("Notifications: channels, quiet hours, retries, templates and SMS length")
struct NotificationRulesTests {
    static let riyadh = TimeZone(identifier: "Asia/Riyadh")!

    /// An instant in Riyadh time on 21 February 2023.
    static func riyadh(hour: Int, minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = riyadh
        return calendar.date(from: DateComponents(year: 2023, month: 2, day: 21, hour: hour, minute: minute))!
    }

    @Test(
        "an Arabic SMS fits 70 characters in one part and 67 per part when split; GSM-7 fits 160 and 153, and € counts twice"
    )
    func smsLength() {
        // setup
        let arabic = { (count: Int) in String(repeating: "م", count: count) }
        let latin = { (count: Int) in String(repeating: "a", count: count) }
        // act
        let lengths = [arabic(70), arabic(71), arabic(134), arabic(135), latin(160), latin(161), latin(159) + "€"].map(
            SMSLength.init)
        // assert
        #expect(lengths.map(\.encoding) == [.ucs2, .ucs2, .ucs2, .ucs2, .gsm7, .gsm7, .gsm7])
        #expect(lengths.map(\.parts) == [1, 2, 2, 3, 1, 2, 2])
        #expect(lengths.last?.units == 161)
    }

    @Test("a template fills its placeholders, and names the ones its event does not offer")
    func templates() {
        // setup
        let template = MessageTemplate("{{name}}، طلبك {{reference}} بتاريخ {{ date }}. {{iban}}")
        // act
        let text = template.render(["name": "أحمد", "reference": "R-2023-000001", "date": "١ شعبان ١٤٤٤ هـ"])
        let unknownForApproval = template.unknownPlaceholders(for: .requestApproved)
        let unknownForCode = MessageTemplate("رمزك {{code}}").unknownPlaceholders(for: .oneTimeCode)
        // assert
        #expect(text == "أحمد، طلبك R-2023-000001 بتاريخ ١ شعبان ١٤٤٤ هـ. ")
        #expect(template.placeholders == ["name", "reference", "date", "iban"])
        #expect(unknownForApproval == ["iban"])
        #expect(unknownForCode.isEmpty)
    }

    @Test(
        "the inbox always, the preferred channel when it can reach the person, and only essential messages after an opt-out"
    )
    func channels() {
        // setup
        let phone = NotificationAddresses(mobile: "+966551234567", email: nil)
        let none = NotificationAddresses(mobile: nil, email: nil)
        let sms = NotificationPreference(channel: .sms, language: .arabic, optedOut: false)
        let optedOut = NotificationPreference(channel: .sms, language: .arabic, optedOut: true)
        let email = NotificationPreference(channel: .email, language: .english, optedOut: false)
        // act
        let received = DeliveryRules.channels(for: .requestReceived, preference: sms, addresses: phone, hasInbox: true)
        let reminderAfterOptOut = DeliveryRules.channels(
            for: .identityExpiring, preference: optedOut, addresses: phone, hasInbox: true)
        let decisionAfterOptOut = DeliveryRules.channels(
            for: .requestRejected, preference: optedOut, addresses: phone, hasInbox: true)
        let emailWithoutAddress = DeliveryRules.channels(
            for: .requestApproved, preference: email, addresses: phone, hasInbox: true)
        let code = DeliveryRules.channels(for: .oneTimeCode, preference: optedOut, addresses: phone, hasInbox: true)
        let codeWithoutPhone = DeliveryRules.channels(
            for: .oneTimeCode, preference: sms, addresses: none, hasInbox: true)
        // assert
        #expect(received == [.portal, .sms])
        #expect(reminderAfterOptOut == [.portal])
        #expect(decisionAfterOptOut == [.portal, .sms])
        #expect(emailWithoutAddress == [.portal])
        #expect(code == [.sms])
        #expect(codeWithoutPhone.isEmpty)
    }

    @Test("no reminder between 22:00 and 07:00 in Riyadh; a sign-in code goes at once")
    func quietHours() {
        // setup
        let nine = Self.riyadh(hour: 9)
        let late = Self.riyadh(hour: 23, minute: 15)
        let early = Self.riyadh(hour: 3)
        // act
        let atNine = DeliveryRules.earliestSend(for: .requestReceived, at: nine, timeZone: Self.riyadh)
        let fromLate = DeliveryRules.earliestSend(for: .identityExpiring, at: late, timeZone: Self.riyadh)
        let fromEarly = DeliveryRules.earliestSend(for: .requestApproved, at: early, timeZone: Self.riyadh)
        let codeLate = DeliveryRules.earliestSend(for: .oneTimeCode, at: late, timeZone: Self.riyadh)
        // assert
        #expect(atNine == nine)
        #expect(fromLate == Self.riyadh(hour: 7).addingTimeInterval(86_400))
        #expect(fromEarly == Self.riyadh(hour: 7))
        #expect(codeLate == late)
    }

    @Test("failed sends wait 30 s, 1 min, 2 min… at most an hour, and stop after the last try")
    func retries() {
        // setup
        let policy = RetryPolicy(initialDelay: 30, maximumDelay: 3600, maximumAttempts: 9)
        let now = Date(timeIntervalSince1970: 0)
        // act
        let waits = (1...9).map { policy.nextAttempt(afterFailedAttempts: $0, at: now)?.timeIntervalSince1970 }
        // assert
        #expect(waits == [30, 60, 120, 240, 480, 960, 1920, 3600, nil])
    }

    @Test("each step of a request the applicant would otherwise ask about sends a notice; internal steps do not")
    func requestSteps() {
        // setup
        let events = RequestEvent.allCases
        // act
        let notices = Dictionary(uniqueKeysWithValues: events.map { ($0, NotificationEvent(requestEvent: $0)) })
        // assert
        #expect(notices[.markIncomplete] == .documentsMissing)
        #expect(notices[.completeRegistration] == .requestReceived)
        #expect(notices[.approve] == .requestApproved)
        #expect(notices[.reject] == .requestRejected)
        #expect(notices[.completeDelivery] == .serviceDelivered)
        #expect(notices[.submit] == .some(nil))
        #expect(notices[.startDelivery] == .some(nil))
        #expect(
            NotificationEvent.allCases.filter(\.isEssential).sorted { $0.rawValue < $1.rawValue } == [
                .documentsMissing, .feedbackClosed, .oneTimeCode, .requestApproved, .requestRejected, .visitScheduled,
            ])
    }
}
