import Foundation
import ManaratDomain

/// How notifications leave the system: which providers are configured, and whether this process
/// runs the outbox worker.
public struct NotificationSettings: Sendable {
    /// The SMS gateway.
    public enum SMSProvider: Sendable, Equatable {
        /// No gateway: messages are recorded in the message log administrators read.
        case development
        /// Any gateway that takes `{"to", "from", "text", "reference"}` as JSON with a bearer token.
        case genericJSON(url: String, token: String, sender: String)
        /// Unifonic's REST API (`POST {base}/rest/SMS/messages`, form-encoded, AppSid).
        case unifonic(baseURL: String, appSid: String, senderID: String)
    }

    /// The WhatsApp Business Cloud API account, when one is configured.
    public struct WhatsApp: Sendable, Equatable {
        /// Such as "https://graph.facebook.com/v21.0".
        public var baseURL: String
        /// The sending phone number's id.
        public var phoneNumberID: String
        /// The access token.
        public var token: String

        /// Creates a value.
        public init(baseURL: String, phoneNumberID: String, token: String) {
            self.baseURL = baseURL
            self.phoneNumberID = phoneNumberID
            self.token = token
        }
    }

    /// The SMS gateway.
    public var sms: SMSProvider
    /// The WhatsApp account, if any.
    public var whatsApp: WhatsApp?
    /// The SMTP relay for e-mail, if any.
    public var smtp: SMTPSettings?
    /// The address links in messages start with, such as "https://manarat.example.org".
    public var publicBaseURL: String
    /// Whether `serve` runs the outbox worker in-process.
    public var runWorkerInServe: Bool
    /// How often an idle worker looks for due messages.
    public var pollInterval: TimeInterval
    /// When failed sends are tried again.
    public var retry: RetryPolicy
    /// How long a worker's claim on a message lasts: after a crash, the message waits this long
    /// before another worker sends it.
    public var lease: TimeInterval

    /// The development defaults: messages recorded locally, the worker inside `serve`.
    public init() {
        sms = .development
        whatsApp = nil
        smtp = nil
        publicBaseURL = "http://127.0.0.1:8080"
        runWorkerInServe = true
        pollInterval = 2
        retry = .standard
        lease = 120
    }

    /// The channels a message can actually go out on with this configuration: e-mail and
    /// WhatsApp only once their accounts are configured.
    public var availableChannels: Set<NotificationChannel> {
        var channels: Set<NotificationChannel> = [.portal, .sms]
        if whatsApp != nil { channels.insert(.whatsapp) }
        if smtp != nil { channels.insert(.email) }
        return channels
    }

    /// Reads the settings from environment variables (see the README's table).
    public static func from(environment: [String: String]) -> NotificationSettings {
        var settings = NotificationSettings()
        switch environment["MANARAT_SMS_PROVIDER"] {
        case "generic":
            settings.sms = .genericJSON(
                url: environment["MANARAT_SMS_URL"] ?? "", token: environment["MANARAT_SMS_TOKEN"] ?? "",
                sender: environment["MANARAT_SMS_SENDER"] ?? "Manarat")
        case "unifonic":
            settings.sms = .unifonic(
                baseURL: environment["MANARAT_SMS_URL"] ?? "https://el.cloud.unifonic.com",
                appSid: environment["MANARAT_SMS_TOKEN"] ?? "", senderID: environment["MANARAT_SMS_SENDER"] ?? "Manarat"
            )
        default:
            settings.sms = .development
        }
        if let phone = environment["MANARAT_WHATSAPP_PHONE_ID"], let token = environment["MANARAT_WHATSAPP_TOKEN"],
            !phone.isEmpty, !token.isEmpty
        {
            settings.whatsApp = WhatsApp(
                baseURL: environment["MANARAT_WHATSAPP_URL"] ?? "https://graph.facebook.com/v21.0",
                phoneNumberID: phone, token: token)
        }
        if let host = environment["MANARAT_SMTP_HOST"], !host.isEmpty, let from = environment["MANARAT_SMTP_FROM"],
            !from.isEmpty
        {
            settings.smtp = SMTPSettings(
                host: host, port: environment["MANARAT_SMTP_PORT"].flatMap(Int.init) ?? 587,
                username: environment["MANARAT_SMTP_USERNAME"], password: environment["MANARAT_SMTP_PASSWORD"],
                from: from,
                requireTLS: environment["MANARAT_SMTP_REQUIRE_TLS"] != "0",
                caCertificatePath: environment["MANARAT_SMTP_CA_FILE"]
            )
        }
        if let base = environment["MANARAT_PUBLIC_URL"], !base.isEmpty {
            settings.publicBaseURL = base.hasSuffix("/") ? String(base.dropLast()) : base
        }
        if let seconds = environment["MANARAT_OUTBOX_LEASE_SECONDS"].flatMap(Double.init), seconds >= 1 {
            settings.lease = seconds
        }
        if let seconds = environment["MANARAT_OUTBOX_POLL_SECONDS"].flatMap(Double.init), seconds > 0 {
            settings.pollInterval = seconds
        }
        if environment["MANARAT_OUTBOX_WORKER"] == "0" {
            settings.runWorkerInServe = false
        }
        return settings
    }
}
