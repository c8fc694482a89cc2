import Foundation
import ManaratDomain

/// The staff desk's home: who you are, today's date, what is due, and the areas your roles open.
enum DeskPage {
    /// A beneficiary whose identity document expires soon.
    struct ExpiringIdentity: Sendable, Equatable {
        /// The beneficiary's file.
        var beneficiaryID: UUID
        /// Their full name.
        var name: String
        /// The day the document expires.
        var expiresOn: GregorianDay
    }
}
