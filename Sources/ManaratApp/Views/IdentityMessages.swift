import Foundation
import ManaratDomain
import Vapor

/// Messages for refused identity numbers.
enum IdentityMessages {
    static func message(_ problem: IdentityProblem, strings: Strings) -> String {
        switch problem {
        case .empty: return strings[.fieldRequired]
        case .wrongLength(let expected):
            return strings.format(.identityWrongLength, ["length": strings.number(expected)])
        case .mustStartWith(let digit):
            return strings.format(.identityMustStartWith, ["digit": strings.localizedDigits(String(digit))])
        case .notDigits: return strings[.identityNotDigits]
        case .checksumFailed: return strings[.identityChecksum]
        case .invalidCharacters: return strings[.identityInvalidCharacters]
        case .tooLong(let maximum): return strings.format(.fieldTooLong, ["maximum": strings.number(maximum)])
        }
    }
}
