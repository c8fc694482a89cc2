import Foundation

/// The PDPL's clock for a data-subject request (access, correction, deletion): answered within
/// 30 days, a period the association may extend once, by 30 more days, for a reason it records
/// and tells the beneficiary.
public enum DataSubjectClock {
    /// Days to answer a new request.
    public static let answerDays = 30
    /// Days one extension adds.
    public static let extensionDays = 30

    /// Why a request's period cannot be extended.
    public enum ExtensionRefusal: Error, Equatable, Sendable {
        /// It was extended once already.
        case alreadyExtended
        /// It was answered.
        case answered
        /// No reason was given.
        case reasonMissing
    }

    /// The day a request made on `day` is due.
    public static func dueDay(submittedOn day: GregorianDay) -> GregorianDay {
        day.adding(days: answerDays)
    }

    /// The new due day of an open request extended for `reason`, or why it cannot be.
    public static func extend(dueOn: GregorianDay, isOpen: Bool, alreadyExtended: Bool, reason: String) -> Result<
        GregorianDay, ExtensionRefusal
    > {
        guard isOpen else { return .failure(.answered) }
        guard !alreadyExtended else { return .failure(.alreadyExtended) }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .failure(.reasonMissing) }
        return .success(dueOn.adding(days: extensionDays))
    }
}
