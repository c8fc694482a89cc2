import Foundation
import ManaratDomain
import ManaratPersistence

#if canImport(Glibc)
    import Glibc
#endif

/// Everything that differs between a developer's machine, a deployment and a test.
///
/// Effects (time, ids) are injected here so tests can pin them.
public struct AppConfiguration: Sendable {
    /// Where the data lives.
    public var database: DatabaseLocation
    /// The source of the current time.
    public var clock: WallClock
    /// The source of new ids.
    public var ids: IDGenerator
    /// How long a request waits for a free PostgreSQL connection before it fails, in seconds.
    /// The test harness waits longer: the suite runs hundreds of tests at once on one server.
    public var databasePoolTimeoutSeconds: Int64 = 10
    /// bcrypt's work factor; tests lower it to stay fast.
    public var bcryptCost: Int
    /// How long sessions live.
    public var sessionPolicy: SessionPolicy
    /// When failed sign-ins lock an account.
    public var lockoutPolicy: LockoutPolicy
    /// Sign-in attempts allowed per client IP in `signInRateWindow`, whatever the account.
    public var signInRateLimit: Int
    /// The window for `signInRateLimit`.
    public var signInRateWindow: TimeInterval
    /// A base64 key shared by all instances for signing tokens; generated and stored in the
    /// database when absent.
    public var secretKey: String?
    /// Where the data key comes from (see `DataKeySource`).
    public var dataKey: DataKeySource
    /// Proxy addresses whose `X-Forwarded-For` and `X-Forwarded-Proto` headers are believed.
    public var trustedProxies: Set<String>
    /// The time zone dates are shown in.
    public var timeZone: TimeZone
    /// Whether `serve` creates the first admin and loads demo data on an empty database.
    public var loadDemoOnFirstRun: Bool
    /// Whether the plain-text ceiling route for benchmarks is registered.
    public var benchmarkRoute: Bool
    /// How notifications leave the system.
    public var notifications: NotificationSettings
    /// The largest document accepted, in bytes (10 MB unless `MANARAT_UPLOAD_MAX_MB` says otherwise).
    public var uploadMaxBytes: Int
    /// How long a request may take once its body has arrived before it is answered 503
    /// (4.5 s, so the answer is out within 5 s, unless `MANARAT_REQUEST_DEADLINE_SECONDS` says
    /// otherwise; 0 turns it off).
    public var requestDeadlineSeconds: Double

    /// Creates a configuration with production defaults for `database`.
    public init(database: DatabaseLocation) {
        self.database = database
        self.clock = .system
        self.ids = .random
        self.bcryptCost = 12
        self.sessionPolicy = SessionPolicy()
        self.lockoutPolicy = LockoutPolicy()
        self.signInRateLimit = 30
        self.signInRateWindow = 15 * 60
        self.secretKey = nil
        self.dataKey = .besideDatabase
        self.trustedProxies = []
        self.timeZone = TimeZone(identifier: "Asia/Riyadh")!
        self.loadDemoOnFirstRun = true
        self.benchmarkRoute = false
        self.requestDeadlineSeconds = 4.5
        self.notifications = NotificationSettings()
        self.uploadMaxBytes = 10 * 1024 * 1024
    }

    /// Reads the configuration from environment variables (see the README's table).
    public static func from(environment: [String: String]) -> AppConfiguration {
        var configuration = AppConfiguration(database: .from(environment: environment))
        if let cost = environment["MANARAT_BCRYPT_COST"].flatMap(Int.init), (4...31).contains(cost) {
            configuration.bcryptCost = cost
        }
        if let minutes = environment["MANARAT_SESSION_IDLE_MINUTES"].flatMap(Double.init), minutes > 0 {
            configuration.sessionPolicy.idleTimeout = minutes * 60
        }
        if let key = environment["MANARAT_SECRET_KEY"], !key.isEmpty {
            configuration.secretKey = key
        }
        if let key = environment["MANARAT_DATA_KEY"], !key.isEmpty {
            configuration.dataKey = .value(key)
        } else if let path = environment["MANARAT_DATA_KEY_FILE"], !path.isEmpty {
            configuration.dataKey = .file(path)
        }
        if let proxies = environment["MANARAT_TRUSTED_PROXIES"] {
            configuration.trustedProxies = Set(
                proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        if let zone = environment["MANARAT_TIME_ZONE"].flatMap(TimeZone.init(identifier:)) {
            configuration.timeZone = zone
        }
        if environment["MANARAT_NO_DEMO"] == "1" {
            configuration.loadDemoOnFirstRun = false
        }
        configuration.benchmarkRoute = environment["MANARAT_BENCHMARK_ROUTE"] == "1"
        configuration.notifications = .from(environment: environment)
        if let seconds = environment["MANARAT_REQUEST_DEADLINE_SECONDS"].flatMap(Double.init),
            (0...600).contains(seconds)
        {
            configuration.requestDeadlineSeconds = seconds
        }
        if let megabytes = environment["MANARAT_UPLOAD_MAX_MB"].flatMap(Int.init), (1...50).contains(megabytes) {
            configuration.uploadMaxBytes = megabytes * 1024 * 1024
        }
        return configuration
    }
}
