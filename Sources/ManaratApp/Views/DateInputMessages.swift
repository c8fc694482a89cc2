import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Messages for dates a person typed that could not be read.
enum DateInputMessages {
    static func message(for error: DateInputError, strings: Strings) -> String {
        switch error {
        case .empty: return strings[.fieldRequired]
        case .unreadable: return strings[.dateUnreadable]
        case .invalidGregorian: return strings[.dateInvalidGregorian]
        case .otherCalendar(.gregorian): return strings[.dateLooksGregorian]
        case .otherCalendar(.hijri): return strings[.dateLooksHijri]
        case .invalidHijri(let hijriError):
            switch hijriError {
            case .monthOutOfRange: return strings[.dateInvalidHijriMonth]
            case .dayOutOfRange(_, let length):
                return strings.format(.dateInvalidHijriDay, ["length": strings.number(length)])
            case .yearOutOfRange: return strings[.dateUnreadable]
            }
        }
    }
}
