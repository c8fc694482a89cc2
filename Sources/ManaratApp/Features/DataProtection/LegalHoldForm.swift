import Foundation
import ManaratDomain
import Vapor

/// A legal hold placed on a beneficiary's file, by its number, with the reason.
struct LegalHoldForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case fileNumber, reason
    }

    var fileNumber: String?
    var reason: String?

    /// The file number as typed (Arabic-Indic digits too), trimmed.
    var typedFileNumber: String { Digits.latinized((fileNumber ?? "").trimmingCharacters(in: .whitespaces)) }
    /// The reason, trimmed.
    var typedReason: String { (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
}
