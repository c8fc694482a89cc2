import Foundation
import ManaratDomain
import ManaratPersistence

/// What a signed-in beneficiary changes of their own account, given the store and the clock; it
/// holds no request. A controller builds it on the audited transaction's database, a test on an
/// in-memory store.
struct PortalAccountService: Sendable {
    let store: any PortalAccountStore
    let clock: WallClock

    /// Saves `change` to `beneficiary`'s file; throws `RegistryConflict.changedBySomeoneElse`
    /// when staff changed it since the page was opened.
    func updateProfile(_ beneficiary: Beneficiary, with change: PortalProfileChange) async throws {
        try await store.update(change.applied(to: beneficiary), at: clock.now())
    }

    /// Files a request about the beneficiary's data made on `today`, due when the law says.
    /// Returns the day it is due.
    @discardableResult
    func askAboutData(beneficiaryID: UUID, kind: DataRequestKind, details: String, today: GregorianDay) async throws
        -> GregorianDay
    {
        let due = DataSubjectClock.dueDay(submittedOn: today)
        try await store.addDataRequest(
            beneficiaryID: beneficiaryID, kind: kind, details: details, dueOn: due, at: clock.now())
        return due
    }

    /// Withdraws the beneficiary's consent to processing.
    func withdrawConsent(beneficiaryID: UUID) async throws {
        try await store.withdrawConsent(beneficiaryID: beneficiaryID, at: clock.now())
    }
}
