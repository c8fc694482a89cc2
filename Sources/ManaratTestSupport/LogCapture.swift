import Logging
import NIOConcurrencyHelpers

/// Collects every line an application logs, so a test can search the log for personal data.
public final class LogCapture: Sendable {
    private let lines = NIOLockedValueBox<[String]>([])

    /// An empty capture.
    public init() {}

    /// A logger writing into this capture at `level`.
    public func logger(level: Logger.Level) -> Logger {
        var logger = Logger(label: "manarat.capture") { _ in Handler(capture: self) }
        logger.logLevel = level
        return logger
    }

    /// Everything logged so far, one line per entry, metadata included.
    public var text: String { lines.withLockedValue { $0.joined(separator: "\n") } }

    fileprivate func append(_ line: String) { lines.withLockedValue { $0.append(line) } }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(
            level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String,
            file: String, function: String, line: UInt
        ) {
            let all = self.metadata.merging(extra ?? [:]) { $1 }
            capture.append("\(level) \(message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))")
        }
    }
}
