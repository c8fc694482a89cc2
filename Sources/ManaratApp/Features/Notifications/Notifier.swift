import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

/// Writes notifications into the outbox, in the transaction of the change that causes them:
/// picks the channels from the person's preference, writes the text from the administrators'
/// template (or the catalog's default) in the person's language, and holds non-urgent messages
/// back until quiet hours end. Nothing is sent here; the outbox worker sends.
struct Notifier {
    /// The transaction of the change.
    let database: any Database
    let settings: NotificationSettings
    let timeZone: TimeZone
    let now: Date

    /// What goes into the placeholders, in the recipient's language.
    struct Occasion {
        var reference: String?
        var day: GregorianDay?
        var reasons: String?
        var code: String?
        var link: String?
        var relatedID: UUID?
        var dedupeKey: String?
        /// The number to text instead of the file's first one, such as the one typed at sign-in.
        var mobile: String?
    }

    /// Notifies `beneficiary` of `event`.
    func notify(_ beneficiary: Beneficiary, of event: NotificationEvent, _ occasion: Occasion) async throws {
        let stored = try await OutboxRepository(database: database).preference(beneficiaryID: beneficiary.id)
        let preference = NotificationPreference(
            channel: stored?.channel ?? .sms, language: beneficiary.preferredLanguage,
            optedOut: stored?.optedOut ?? false)
        let email = stored?.email ?? ""
        let addresses = NotificationAddresses(
            mobile: occasion.mobile ?? beneficiary.phones.first, email: email.isEmpty ? nil : email)
        let channels = DeliveryRules.channels(for: event, preference: preference, addresses: addresses, hasInbox: true)
            .filter { settings.availableChannels.contains($0) }
        let values = values(
            name: beneficiary.name.first, occasion, language: preference.language, defaultLink: PortalURL.home.path,
            plainDates: true)
        for channel in channels {
            let address: String
            switch channel {
            case .portal: address = beneficiary.id.uuidString
            case .sms, .whatsapp: address = addresses.mobile ?? ""
            case .email: address = addresses.email ?? ""
            }
            try await enqueue(
                event, to: ("beneficiary", beneficiary.id), channel: channel, address: address,
                language: preference.language, values: values,
                occasion: occasion, dedupeKey: occasion.dedupeKey.map { "\($0):\(channel.rawValue)" })
        }
    }

    /// Texts someone who has no file (an anonymous complainant who left a number), in `language`.
    func notifyMobile(_ mobile: String, language: Language, of event: NotificationEvent, _ occasion: Occasion)
        async throws
    {
        let values = values(name: "", occasion, language: language, defaultLink: PublicURL.home.path, plainDates: true)
        try await enqueue(
            event, to: ("contact", nil), channel: .sms, address: mobile, language: language, values: values,
            occasion: occasion, dedupeKey: occasion.dedupeKey)
    }

    /// Tells a staff member, on their desk, about a request they are responsible for.
    func notifyStaff(_ staffID: UUID, of event: NotificationEvent, _ occasion: Occasion) async throws {
        // Read on the desk only, never texted: dates keep their no-break spaces.
        let values = values(name: "", occasion, language: .arabic, defaultLink: StaffURL.home.path, plainDates: false)
        try await enqueue(
            event, to: ("staff", staffID), channel: .portal, address: staffID.uuidString, language: .arabic,
            values: values, occasion: occasion, dedupeKey: occasion.dedupeKey)
    }

    /// Writes one message from the event's template for `channel` and `language`.
    private func enqueue(
        _ event: NotificationEvent, to recipient: (kind: String, id: UUID?), channel: NotificationChannel,
        address: String, language: Language, values: [String: String], occasion: Occasion, dedupeKey: String?
    ) async throws {
        let template = try await Self.template(for: event, channel: channel, language: language, database: database)
        let text = MessageTemplate(template.body)
        try await OutboxRepository(database: database).enqueue(
            NotificationDraft(
                event: event, recipientKind: recipient.kind, recipientID: recipient.id, relatedID: occasion.relatedID,
                channel: channel, address: address, language: language,
                subject: template.subject, body: text.render(values),
                parameters: text.placeholders.map { values[$0] ?? "" },
                notBefore: DeliveryRules.earliestSend(for: event, at: now, timeZone: timeZone),
                dedupeKey: dedupeKey
            ), at: now)
    }

    /// The placeholder values for one message in `language`.
    private func values(name: String, _ occasion: Occasion, language: Language, defaultLink: String, plainDates: Bool)
        -> [String: String]
    {
        let strings = Strings(language: language)
        var values = ["name": name]
        if let reference = occasion.reference { values["reference"] = reference }
        if let day = occasion.day {
            let dates = DateText(strings: strings, timeZone: timeZone)
            // Plain spaces and brackets for messages that may be texted: a no-break space or a dash
            // alone would push an English SMS out of the GSM alphabet, from 160 characters to 70.
            let text =
                plainDates
                ? (dates.hijri(day) + " (" + dates.gregorian(day) + ")").replacingOccurrences(of: "\u{00A0}", with: " ")
                : dates.dual(day)
            values["date"] = text
            values["due_date"] = text
        }
        if let reasons = occasion.reasons { values["reasons"] = reasons }
        // Latin digits: phones offer to fill in a code only when they can read it.
        if let code = occasion.code { values["code"] = code }
        values["link"] = settings.publicBaseURL + (occasion.link ?? defaultLink)
        return values
    }

    /// The wording an administrator saved, or the catalog's default.
    static func template(
        for event: NotificationEvent, channel: NotificationChannel, language: Language, database: any Database
    ) async throws -> (subject: String, body: String) {
        if let stored = try await OutboxRepository(database: database).template(
            event: event, channel: channel, language: language)
        {
            return (stored.subject, stored.body)
        }
        return defaultTemplate(for: event, channel: channel, language: language)
    }

    /// The catalog's default wording. For WhatsApp the subject is the approved template's name.
    static func defaultTemplate(for event: NotificationEvent, channel: NotificationChannel, language: Language) -> (
        subject: String, body: String
    ) {
        let strings = Strings(language: language)
        let subject = channel == .whatsapp ? "manarat_" + event.rawValue : strings[subjectKey(event)]
        return (subject, strings[bodyKey(event)])
    }

    static func subjectKey(_ event: NotificationEvent) -> Key {
        switch event {
        case .oneTimeCode: return .notifySubjectCode
        case .requestReceived, .documentsMissing, .referredToResearch, .atCommittee, .visitScheduled:
            return .notifySubjectRequest
        case .requestApproved, .requestRejected: return .notifySubjectDecision
        case .serviceDelivered, .instalmentDue: return .notifySubjectService
        case .inquiryAnswered: return .notifySubjectInquiry
        case .identityExpiring, .documentExpiring: return .notifySubjectIdentity
        case .requestDueSoon, .requestOverdue: return .notifySubjectStaff
        case .gatewayTest: return .eventGatewayTest
        case .surveyInvitation, .surveyReminder: return .notifySubjectSurvey
        case .feedbackClosed: return .notifySubjectFeedback
        case .complaintEscalated: return .notifySubjectStaff
        }
    }

    static func bodyKey(_ event: NotificationEvent) -> Key {
        switch event {
        case .oneTimeCode: return .portalCodeMessage
        case .requestReceived: return .notifyRequestReceived
        case .documentsMissing: return .notifyDocumentsMissing
        case .referredToResearch: return .notifyReferredToResearch
        case .visitScheduled: return .notifyVisitScheduled
        case .atCommittee: return .notifyAtCommittee
        case .requestApproved: return .notifyRequestApproved
        case .requestRejected: return .notifyRequestRejected
        case .serviceDelivered: return .notifyServiceDelivered
        case .inquiryAnswered: return .notifyInquiryAnswered
        case .identityExpiring: return .notifyIdentityExpiring
        case .documentExpiring: return .notifyDocumentExpiring
        case .instalmentDue: return .notifyInstalmentDue
        case .requestDueSoon: return .notifyRequestDueSoon
        case .requestOverdue: return .notifyRequestOverdue
        case .gatewayTest: return .notifyGatewayTest
        case .surveyInvitation: return .notifySurveyInvitation
        case .surveyReminder: return .notifySurveyReminder
        case .feedbackClosed: return .notifyFeedbackClosed
        case .complaintEscalated: return .notifyComplaintEscalated
        }
    }
}
