import Foundation
import ManaratDomain

/// What a signed-in beneficiary changes of their own account: their contact details, a request
/// about their data, their consent.
public protocol PortalAccountStore: Sendable {
    /// Saves the file as given; fails with `RegistryConflict.changedBySomeoneElse` when its
    /// version is not the stored one.
    func update(_ beneficiary: Beneficiary, at now: Date) async throws
    /// Files a data-subject request due on `dueOn`.
    func addDataRequest(beneficiaryID: UUID, kind: DataRequestKind, details: String, dueOn: GregorianDay, at now: Date)
        async throws
    /// Withdraws the beneficiary's consent to processing.
    func withdrawConsent(beneficiaryID: UUID, at now: Date) async throws
}
