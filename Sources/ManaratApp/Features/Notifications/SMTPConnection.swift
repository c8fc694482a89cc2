import Foundation
import ManaratDomain
import ManaratPersistence
import NIOCore
import NIOPosix
import NIOSSL

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
                throw SendFailure(
                    answer: "the relay closed the connection after \(redacted ?? command ?? "connecting")",
                    permanent: false)
            }
            reply.append(String(line.dropFirst(4)))
            // "250-…" continues a multi-line reply; "250 …" ends it.
            if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] != "-" {
                guard Int(line.prefix(3)) == code else {
                    let permanent = line.hasPrefix("5")
                    throw SendFailure(
                        answer: "\(redacted ?? command.map { String($0.prefix(40)) } ?? "greeting"): \(line)",
                        permanent: permanent)
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
        let handler = try NIOSSLClientHandler(
            context: context, serverHostname: host.first?.isNumber == true ? nil : host)
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
