import Foundation

/// A way a notification reaches a person. The portal inbox always receives a copy; the others
/// are chosen by the person's preference.
///
/// The raw values are stored in the database and never renamed.
public enum NotificationChannel: String, CaseIterable, Codable, Sendable {
    /// The beneficiary's inbox in the portal.
    case portal
    /// A text message through the configured SMS gateway.
    case sms
    /// An e-mail.
    case email
    /// A WhatsApp Business template message.
    case whatsapp
}

/// What happened that someone should hear about without having to ask.
///
/// The raw values are stored in the database and name the templates; never rename one.
public enum NotificationEvent: String, CaseIterable, Codable, Sendable {
    /// A sign-in code for the portal.
    case oneTimeCode = "one_time_code"
    /// A request was received and its registration completed.
    case requestReceived = "request_received"
    /// A request waits on documents from the applicant.
    case documentsMissing = "documents_missing"
    /// A request went to a social researcher.
    case referredToResearch = "referred_to_research"
    /// The social researcher set the day of a home visit.
    case visitScheduled = "visit_scheduled"
    /// A request is with the research committee.
    case atCommittee = "at_committee"
    /// The committee approved the request.
    case requestApproved = "request_approved"
    /// The committee rejected the request, with reasons.
    case requestRejected = "request_rejected"
    /// A service (or one instalment of it) was delivered.
    case serviceDelivered = "service_delivered"
    /// An inquiry was answered.
    case inquiryAnswered = "inquiry_answered"
    /// An identity expires within 30 days.
    case identityExpiring = "identity_expiring"
    /// A document of a request still in progress expires within 30 days.
    case documentExpiring = "document_expiring"
    /// A scheduled instalment of aid falls due.
    case instalmentDue = "instalment_due"
    /// To the staff member responsible: a request's answer is due within two days.
    case requestDueSoon = "request_due_soon"
    /// To the staff member responsible: a request's answer is overdue.
    case requestOverdue = "request_overdue"
    /// A message an administrator sends to check that a gateway works.
    case gatewayTest = "gateway_test"
    /// A complaint or suggestion was closed with a response.
    case feedbackClosed = "feedback_closed"
    /// To management: a complaint is past its time to close.
    case complaintEscalated = "complaint_escalated"
    /// A link to rate a delivered service or an answered inquiry.
    case surveyInvitation = "survey_invitation"
    /// One reminder of an unanswered survey, with a fresh link.
    case surveyReminder = "survey_reminder"

    /// Essential messages go out even to a person who opted out of the others: one cannot sign in
    /// without the code, and a decision about one's own request must reach one.
    public var isEssential: Bool {
        switch self {
        case .oneTimeCode, .requestApproved, .requestRejected, .documentsMissing, .feedbackClosed, .visitScheduled: return true
        default: return false
        }
    }

    /// Urgent messages ignore quiet hours: a code is useless an hour later.
    public var isUrgent: Bool { self == .oneTimeCode || self == .gatewayTest }

    /// The placeholders a template for this event may use.
    public var placeholders: Set<String> {
        var names: Set<String> = ["name"]
        switch self {
        case .oneTimeCode:
            names.insert("code")
        case .requestReceived, .documentsMissing, .referredToResearch, .atCommittee, .requestDueSoon, .requestOverdue:
            names.formUnion(["reference", "due_date", "link"])
        case .requestApproved, .serviceDelivered, .instalmentDue, .documentExpiring, .visitScheduled:
            names.formUnion(["reference", "date", "link"])
        case .requestRejected:
            names.formUnion(["reference", "date", "reasons", "link"])
        case .inquiryAnswered:
            names.formUnion(["reference", "link"])
        case .identityExpiring:
            names.formUnion(["date", "link"])
        case .gatewayTest:
            names.insert("reference")
        case .feedbackClosed:
            names.formUnion(["reference", "link"])
        case .complaintEscalated:
            names.formUnion(["reference", "due_date", "link"])
        case .surveyInvitation, .surveyReminder:
            names.formUnion(["reference", "link"])
        }
        return names
    }
}

/// How a person wants to be reached.
public struct NotificationPreference: Sendable, Equatable {
    /// The channel besides the portal inbox; nil means the inbox only.
    public var channel: NotificationChannel?
    /// The language messages are written in.
    public var language: Language
    /// Whether the person declined non-essential messages.
    public var optedOut: Bool

    /// Creates a preference.
    public init(channel: NotificationChannel?, language: Language, optedOut: Bool) {
        self.channel = channel
        self.language = language
        self.optedOut = optedOut
    }
}

/// Where a person can be reached.
public struct NotificationAddresses: Sendable, Equatable {
    /// A mobile number in E.164 form, for SMS and WhatsApp.
    public var mobile: String?
    /// An e-mail address.
    public var email: String?

    /// Creates the addresses.
    public init(mobile: String?, email: String?) {
        self.mobile = mobile
        self.email = email
    }
}

/// Which channels a notification goes out on, and when.
public enum DeliveryRules {
    /// The channels for `event` given a person's preference and addresses: always the portal inbox
    /// when the person has one, plus the preferred channel when it has an address and the person
    /// has not opted out of a non-essential message. A one-time code goes by SMS only.
    public static func channels(for event: NotificationEvent, preference: NotificationPreference, addresses: NotificationAddresses, hasInbox: Bool) -> [NotificationChannel] {
        if event == .oneTimeCode {
            return addresses.mobile == nil ? [] : [.sms]
        }
        var channels: [NotificationChannel] = hasInbox ? [.portal] : []
        guard !(preference.optedOut && !event.isEssential), let preferred = preference.channel, preferred != .portal else {
            return channels
        }
        let reachable: Bool
        switch preferred {
        case .sms, .whatsapp: reachable = addresses.mobile != nil
        case .email: reachable = addresses.email != nil
        case .portal: reachable = false
        }
        if reachable { channels.append(preferred) }
        return channels
    }

    /// Quiet hours: no non-urgent message between 22:00 and 07:00 local time.
    public static let quietStartHour = 22
    /// The hour quiet hours end.
    public static let quietEndHour = 7

    /// The earliest instant a message for `event` may go out, at or after `now`: `now` itself for
    /// urgent messages and outside quiet hours, otherwise 07:00 local time the next morning.
    public static func earliestSend(for event: NotificationEvent, at now: Date, timeZone: TimeZone) -> Date {
        guard !event.isUrgent else { return now }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let hour = calendar.component(.hour, from: now)
        guard hour >= quietStartHour || hour < quietEndHour else { return now }
        let morning = calendar.date(bySettingHour: quietEndHour, minute: 0, second: 0, of: now) ?? now
        return hour >= quietStartHour ? calendar.date(byAdding: .day, value: 1, to: morning) ?? morning : morning
    }
}

/// When a failed send is tried again: exponential backoff from 30 seconds, doubling, at most an
/// hour apart, and given up after `maximumAttempts`.
public struct RetryPolicy: Sendable, Equatable {
    /// The wait after the first failure.
    public var initialDelay: TimeInterval
    /// The longest wait between two tries.
    public var maximumDelay: TimeInterval
    /// Tries in all before the message is marked failed.
    public var maximumAttempts: Int

    /// Creates a policy.
    public init(initialDelay: TimeInterval = 30, maximumDelay: TimeInterval = 3600, maximumAttempts: Int = 6) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.maximumAttempts = maximumAttempts
    }

    /// The standard policy.
    public static let standard = RetryPolicy()

    /// After try number `attempts` failed: the instant of the next try, or nil when it was the last.
    public func nextAttempt(afterFailedAttempts attempts: Int, at now: Date) -> Date? {
        guard attempts < maximumAttempts else { return nil }
        let exponent = max(0, attempts - 1)
        let delay = min(maximumDelay, initialDelay * pow(2, Double(min(exponent, 30))))
        return now.addingTimeInterval(delay)
    }
}

public extension NotificationEvent {
    /// The notice a step of the request's life sends its applicant, if any: each step the
    /// beneficiary would otherwise have to ask about.
    init?(requestEvent: RequestEvent) {
        switch requestEvent {
        case .markIncomplete: self = .documentsMissing
        case .completeRegistration: self = .requestReceived
        case .referToResearch: self = .referredToResearch
        case .sendToCommittee, .returnToCommittee: self = .atCommittee
        case .approve: self = .requestApproved
        case .reject: self = .requestRejected
        case .completeDelivery: self = .serviceDelivered
        case .submit, .defer_, .startDelivery, .withdraw: return nil
        }
    }
}
