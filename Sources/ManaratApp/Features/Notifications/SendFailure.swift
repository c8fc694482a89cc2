import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// A provider refused or could not be reached.
struct SendFailure: Error, CustomStringConvertible {
    /// What the provider answered (or why it could not be reached).
    let answer: String
    /// Whether trying again cannot help (a 4xx other than 408 and 429).
    let permanent: Bool

    var description: String { answer }

    /// Reads an HTTP answer: nil when it was a success.
    static func from(_ response: ClientResponse) -> SendFailure? {
        let code = response.status.code
        guard !(200..<300).contains(code) else { return nil }
        let body = response.body.map { String(buffer: $0) } ?? ""
        let permanent = (400..<500).contains(code) && code != 408 && code != 429
        return SendFailure(answer: "HTTP \(code) \(body.prefix(300))", permanent: permanent)
    }
}
