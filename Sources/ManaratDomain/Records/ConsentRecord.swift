import Foundation

/// How the beneficiary's consent to processing was given.
public struct ConsentRecord: Sendable, Equatable {
    /// The privacy notice's version the beneficiary agreed to.
    public var noticeVersion: String
    /// The channel it was given on.
    public var channel: ContactChannel
    /// The staff member who recorded it, if any.
    public var staffID: UUID?
    /// When it was given.
    public var givenAt: Date
    /// When it was withdrawn, if it was.
    public var withdrawnAt: Date?

    /// Creates a record.
    public init(noticeVersion: String, channel: ContactChannel, staffID: UUID?, givenAt: Date, withdrawnAt: Date? = nil)
    {
        self.noticeVersion = noticeVersion
        self.channel = channel
        self.staffID = staffID
        self.givenAt = givenAt
        self.withdrawnAt = withdrawnAt
    }
}
