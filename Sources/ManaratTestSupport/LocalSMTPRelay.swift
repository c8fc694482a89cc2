import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// A small SMTP relay on 127.0.0.1 for tests: it offers STARTTLS with `TestCertificate`, takes
/// AUTH PLAIN, and records every message it accepts, with whether it arrived over TLS.
public final class LocalSMTPRelay: Sendable {
    /// One accepted message.
    public struct Delivery: Sendable {
        /// The MAIL FROM address.
        public let from: String
        /// The RCPT TO address.
        public let to: String
        /// The message text as sent after DATA.
        public let data: String
        /// Whether the conversation had switched to TLS.
        public let overTLS: Bool
        /// The decoded AUTH PLAIN user, if the client authenticated.
        public let user: String?
    }

    private let channel: any Channel
    private let deliveries: NIOLockedValueBox<[Delivery]>
    /// The port it listens on.
    public let port: Int

    private init(channel: any Channel, deliveries: NIOLockedValueBox<[Delivery]>, port: Int) {
        self.channel = channel
        self.deliveries = deliveries
        self.port = port
    }

    /// Starts a relay on a free loopback port.
    public static func start(offerTLS: Bool = true) async throws -> LocalSMTPRelay {
        let deliveries = NIOLockedValueBox<[Delivery]>([])
        let context = try NIOSSLContext(
            configuration: .makeServerConfiguration(
                certificateChain: try NIOSSLCertificate.fromPEMBytes(Array(TestCertificate.certificatePEM.utf8)).map {
                    .certificate($0)
                },
                privateKey: .privateKey(
                    try NIOSSLPrivateKey(bytes: Array(TestCertificate.privateKeyPEM.utf8), format: .pem))
            ))
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(RelayLineDecoder()))
                    try child.pipeline.syncOperations.addHandler(
                        RelaySession(tls: offerTLS ? context : nil, deliveries: deliveries))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return LocalSMTPRelay(channel: channel, deliveries: deliveries, port: channel.localAddress?.port ?? 0)
    }

    /// Every message accepted so far.
    public var received: [Delivery] { deliveries.withLockedValue { $0 } }

    /// Stops listening.
    public func shutdown() async {
        try? await channel.close().get()
    }
}

private struct RelayLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let index = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        guard var line = buffer.readString(length: index - buffer.readerIndex + 1) else { return .needMoreData }
        // "\r\n" is one Character in Swift, so trim scalars, not characters.
        line = line.trimmingCharacters(in: .newlines)
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }
}

private final class RelaySession: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = String
    typealias OutboundOut = ByteBuffer

    private let tls: NIOSSLContext?
    private let deliveries: NIOLockedValueBox<[Delivery]>
    private var overTLS = false
    private var from = ""
    private var to = ""
    private var user: String?
    private var data: [String]?

    typealias Delivery = LocalSMTPRelay.Delivery

    init(tls: NIOSSLContext?, deliveries: NIOLockedValueBox<[Delivery]>) {
        self.tls = tls
        self.deliveries = deliveries
    }

    private func reply(_ context: ChannelHandlerContext, _ text: String) {
        var buffer = context.channel.allocator.buffer(capacity: text.utf8.count + 2)
        buffer.writeString(text + "\r\n")
        context.writeAndFlush(Self.wrapOutboundOut(buffer), promise: nil)
    }

    func channelActive(context: ChannelHandlerContext) {
        reply(context, "220 localhost ESMTP test relay")
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data incoming: NIOAny) {
        let line = Self.unwrapInboundIn(incoming)
        if var lines = data {
            if line == "." {
                deliveries.withLockedValue {
                    $0.append(
                        Delivery(
                            from: from, to: to, data: lines.joined(separator: "\r\n"), overTLS: overTLS, user: user))
                }
                data = nil
                reply(context, "250 2.0.0 queued as \(deliveries.withLockedValue { $0.count })")
            } else {
                lines.append(line.hasPrefix("..") ? String(line.dropFirst()) : line)
                data = lines
            }
            return
        }
        let upper = line.uppercased()
        if upper.hasPrefix("EHLO") {
            reply(
                context,
                tls != nil && !overTLS
                    ? "250-localhost\r\n250-STARTTLS\r\n250 AUTH PLAIN" : "250-localhost\r\n250 AUTH PLAIN")
        } else if upper == "STARTTLS", let tls, !overTLS {
            reply(context, "220 2.0.0 ready to start TLS")
            overTLS = true
            _ = try? context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls), position: .first)
        } else if upper.hasPrefix("AUTH PLAIN ") {
            let decoded =
                Data(base64Encoded: String(line.dropFirst(11))).map { String(decoding: $0, as: UTF8.self) } ?? ""
            user = decoded.split(separator: "\0", omittingEmptySubsequences: false).dropFirst().first.map(String.init)
            reply(context, "235 2.7.0 authenticated")
        } else if upper.hasPrefix("MAIL FROM:") {
            from = String(line.dropFirst(10)).trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
            reply(context, "250 2.1.0 ok")
        } else if upper.hasPrefix("RCPT TO:") {
            to = String(line.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
            reply(context, "250 2.1.5 ok")
        } else if upper == "DATA" {
            data = []
            reply(context, "354 end with <CRLF>.<CRLF>")
        } else if upper == "QUIT" {
            reply(context, "221 2.0.0 bye")
            context.close(promise: nil)
        } else {
            reply(context, "502 5.5.2 not implemented")
        }
    }
}
