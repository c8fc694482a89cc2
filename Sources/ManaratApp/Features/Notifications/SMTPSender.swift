import Foundation
import ManaratDomain
import ManaratPersistence
import NIOCore
import NIOPosix
import NIOSSL

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
