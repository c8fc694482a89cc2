import Foundation
import ManaratDomain
import ManaratPersistence
import NIOCore
import NIOPosix
import NIOSSL

/// An SMTP relay to send e-mail through.
public struct SMTPSettings: Sendable, Equatable {
    /// The relay's host name.
    public var host: String
    /// Its port (587 for submission with STARTTLS).
    public var port: Int
    /// The account, if the relay asks for one (AUTH PLAIN, only ever after STARTTLS unless TLS is not required).
    public var username: String?
    /// The account's password.
    public var password: String?
    /// The sender address, such as "noreply@manarat.example.org".
    public var from: String
    /// Refuse to send when the relay does not offer STARTTLS. Only a relay on the same machine may do without.
    public var requireTLS: Bool
    /// A PEM file of the certificate authority that signed the relay's certificate, for a relay
    /// inside the association's network; nil trusts the system's roots.
    public var caCertificatePath: String?

    /// Creates the settings.
    public init(host: String, port: Int, username: String?, password: String?, from: String, requireTLS: Bool = true, caCertificatePath: String? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
        self.requireTLS = requireTLS
        self.caCertificatePath = caCertificatePath
    }
}

/// Sends e-mail over SMTP: EHLO, STARTTLS (upgrading the same connection to TLS), AUTH PLAIN,
/// then one message with a plain-text and an HTML part, right to left for Arabic.
struct SMTPSender: MessageSender {
    let settings: SMTPSettings
    let eventLoopGroup: any EventLoopGroup

    func send(_ message: OutboxEntry) async throws -> String {
        let connection: SMTPConnection
        do {
            connection = try await SMTPConnection.open(host: settings.host, port: settings.port, group: eventLoopGroup)
        } catch {
            throw SendFailure(answer: "unreachable: \(error)", permanent: false)
        }
        do {
            let answer = try await conversation(connection, message: message)
            await connection.close()
            return answer
        } catch {
            await connection.close()
            throw error
        }
    }

    private func conversation(_ smtp: SMTPConnection, message: OutboxEntry) async throws -> String {
        try await smtp.expect(220, after: nil)
        var capabilities = try await smtp.expect(250, after: "EHLO manarat")
        if capabilities.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) {
            try await smtp.expect(220, after: "STARTTLS")
            try await smtp.startTLS(host: settings.host, caCertificatePath: settings.caCertificatePath)
            capabilities = try await smtp.expect(250, after: "EHLO manarat")
        } else if settings.requireTLS {
            throw SendFailure(answer: "the relay does not offer STARTTLS", permanent: false)
        }
        _ = capabilities
        if let username = settings.username, let password = settings.password {
            let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
            try await smtp.expect(235, after: "AUTH PLAIN " + token, redacted: "AUTH PLAIN ***")
        }
        try await smtp.expect(250, after: "MAIL FROM:<\(settings.from)>")
        try await smtp.expect(250, after: "RCPT TO:<\(message.address)>")
        try await smtp.expect(354, after: "DATA")
        let accepted = try await smtp.expect(250, after: MailMessage.render(message, from: settings.from) + "\r\n.")
        _ = try? await smtp.expect(221, after: "QUIT")
        return accepted.joined(separator: " ")
    }
}

/// The text of one e-mail: headers, and a multipart/alternative body in base64 so any byte of
/// Arabic survives every relay.
enum MailMessage {
    static func render(_ message: OutboxEntry, from: String) -> String {
        let boundary = "manarat-" + message.id.uuidString
        let direction = message.language.isRightToLeft ? "rtl" : "ltr"
        let escaped = message.body
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let html = "<!DOCTYPE html><html lang=\"\(message.language.rawValue)\" dir=\"\(direction)\"><body style=\"direction:\(direction)\"><p>\(escaped)</p></body></html>"
        let date = DateFormatter()
        date.locale = Locale(identifier: "en_US_POSIX")
        date.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let lines = [
            "From: <\(from)>",
            "To: <\(message.address)>",
            "Subject: =?UTF-8?B?\(Data(message.subject.utf8).base64EncodedString())?=",
            "Date: \(date.string(from: message.createdAt))",
            "Message-ID: <\(message.id.uuidString)@manarat>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
            wrapped(Data(message.body.utf8).base64EncodedString()),
            "--\(boundary)",
            "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
            wrapped(Data(html.utf8).base64EncodedString()),
            "--\(boundary)--",
        ]
        return lines.joined(separator: "\r\n")
    }

    /// Base64 in lines of 76 characters, as MIME asks; no line can start with a dot.
    private static func wrapped(_ text: String) -> String {
        var lines: [Substring] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            lines.append(rest.prefix(76))
            rest = rest.dropFirst(76)
        }
        return lines.joined(separator: "\r\n")
    }
}

/// One SMTP connection: writes commands and reads replies line by line.
final class SMTPConnection: @unchecked Sendable {
    private let channel: any Channel
    private let lines: AsyncStream<String>
    private var iterator: AsyncStream<String>.Iterator

    private init(channel: any Channel, lines: AsyncStream<String>) {
        self.channel = channel
        self.lines = lines
        self.iterator = lines.makeAsyncIterator()
    }

    static func open(host: String, port: Int, group: any EventLoopGroup) async throws -> SMTPConnection {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(10))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineDecoder()))
                    try channel.pipeline.syncOperations.addHandler(LineCollector(continuation: continuation))
                }
            }
            .connect(host: host, port: port).get()
        return SMTPConnection(channel: channel, lines: stream)
    }

    /// Sends `command` (when given) and reads the reply, which must carry `code`; returns its lines.
    @discardableResult
    func expect(_ code: Int, after command: String?, redacted: String? = nil) async throws -> [String] {
        if let command {
            var buffer = channel.allocator.buffer(capacity: command.utf8.count + 2)
            buffer.writeString(command + "\r\n")
            try await channel.writeAndFlush(buffer)
        }
        var reply: [String] = []
        while true {
            guard let line = await iterator.next() else {
                throw SendFailure(answer: "the relay closed the connection after \(redacted ?? command ?? "connecting")", permanent: false)
            }
            reply.append(String(line.dropFirst(4)))
            // "250-…" continues a multi-line reply; "250 …" ends it.
            if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] != "-" {
                guard Int(line.prefix(3)) == code else {
                    let permanent = line.hasPrefix("5")
                    throw SendFailure(answer: "\(redacted ?? command.map { String($0.prefix(40)) } ?? "greeting"): \(line)", permanent: permanent)
                }
                return reply
            }
        }
    }

    /// Puts TLS under the conversation, as STARTTLS asks, verifying the relay's certificate.
    func startTLS(host: String, caCertificatePath: String?) async throws {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let caCertificatePath {
            configuration.trustRoots = .file(caCertificatePath)
        }
        let context = try NIOSSLContext(configuration: configuration)
        let handler = try NIOSSLClientHandler(context: context, serverHostname: host.first?.isNumber == true ? nil : host)
        try await channel.pipeline.addHandler(handler, position: .first).get()
    }

    func close() async {
        try? await channel.close().get()
    }
}

/// Splits the byte stream into CRLF-terminated lines.
private struct LineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let index = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        let length = index - buffer.readerIndex + 1
        guard var line = buffer.readString(length: length) else { return .needMoreData }
        // "\r\n" is one Character in Swift, so trim scalars, not characters.
        line = line.trimmingCharacters(in: .newlines)
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }
}

/// Hands each line to the connection's stream.
private final class LineCollector: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = String
    private let continuation: AsyncStream<String>.Continuation

    init(continuation: AsyncStream<String>.Continuation) {
        self.continuation = continuation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        continuation.yield(Self.unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        continuation.finish()
        context.close(promise: nil)
    }
}
