import Foundation

/// One approved version of a governance document.
public struct PolicyVersion: Sendable, Equatable, Identifiable {
    /// The version's identifier.
    public var id: UUID
    /// Which document.
    public var kind: PolicyDocumentKind
    /// A label such as "1" or "2024-1".
    public var label: String
    /// The board decision number, such as "3-23/M".
    public var decisionNumber: String
    /// The day it was approved.
    public var approvedOn: GregorianDay
    /// Who approved it, such as the board of directors.
    public var approvingBody: String
    /// The Arabic text.
    public var textArabic: String
    /// The English text, if any.
    public var textEnglish: String
    /// The content hash of an attached PDF, if any.
    public var fileSHA256: String?
    /// When it was published in the system.
    public var publishedAt: Date
    /// Whether it is the version in force.
    public var isCurrent: Bool

    /// Creates a version.
    public init(
        id: UUID, kind: PolicyDocumentKind, label: String, decisionNumber: String, approvedOn: GregorianDay,
        approvingBody: String, textArabic: String, textEnglish: String, fileSHA256: String?, publishedAt: Date,
        isCurrent: Bool
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.decisionNumber = decisionNumber
        self.approvedOn = approvedOn
        self.approvingBody = approvingBody
        self.textArabic = textArabic
        self.textEnglish = textEnglish
        self.fileSHA256 = fileSHA256
        self.publishedAt = publishedAt
        self.isCurrent = isCurrent
    }
}
