import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Readable one-time passwords for accounts an administrator creates or resets: no look-alike
/// characters, since they are read off a screen and typed by someone else.
enum TemporaryPassword {
    static func make(length: Int = 14) -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<length).map { _ in alphabet.randomElement()! })
    }
}
