import Foundation
import ManaratDomain
import ManaratPersistence
import NIOCore
import NIOPosix
import NIOSSL

/// The text of one e-mail: headers, and a multipart/alternative body in base64 so any byte of
/// Arabic survives every relay.
enum MailMessage {
    static func render(_ message: OutboxEntry, from: String) -> String {
        let boundary = "manarat-" + message.id.uuidString
        let direction = message.language.isRightToLeft ? "rtl" : "ltr"
        let escaped = message.body
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let html =
            "<!DOCTYPE html><html lang=\"\(message.language.rawValue)\" dir=\"\(direction)\"><body style=\"direction:\(direction)\"><p>\(escaped)</p></body></html>"
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
