import Foundation

/// A complaint or suggestion as kept.
public struct FeedbackRecord: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// "C-1448-000001" or "S-1448-000001".
    public var reference: String
    /// Complaint or suggestion.
    public var kind: FeedbackKind
    /// The beneficiary, when signed in; nil for anonymous ones and people without a file.
    public var beneficiaryID: UUID?
    /// A name left by someone without a file, if any.
    public var contactName: String
    /// A phone left for the answer, if any.
    public var contactPhone: String
    /// How it arrived.
    public var channel: ContactChannel
    /// What was said.
    public var text: String
    /// Where it stands.
    public var status: FeedbackStatus
    /// The staff member handling it.
    public var assignedTo: UUID?
    /// Investigation notes, newest last.
    public var notes: String
    /// The response given to the person.
    public var response: String
    /// The improvement taken, if any.
    public var action: ImprovementAction?
    /// Why no improvement was taken, when none was.
    public var noActionReason: String
    /// The day it is due, after which it is escalated.
    public var dueOn: GregorianDay
    /// When it was closed.
    public var closedAt: Date?
    /// The appeal against the closure, if any.
    public var appeal: String
    /// How many appeals were made (at most one).
    public var appeals: Int
    /// When it arrived.
    public var createdAt: Date
    /// What it is about, once triaged.
    public var category: FeedbackCategory? = nil
    /// How urgent it is.
    public var priority: FeedbackPriority = .normal

    /// Creates a record.
    public init(
        id: UUID, reference: String, kind: FeedbackKind, beneficiaryID: UUID?, contactName: String,
        contactPhone: String, channel: ContactChannel, text: String, status: FeedbackStatus, assignedTo: UUID?,
        notes: String, response: String, action: ImprovementAction?, noActionReason: String, dueOn: GregorianDay,
        closedAt: Date?, appeal: String, appeals: Int, createdAt: Date
    ) {
        self.id = id
        self.reference = reference
        self.kind = kind
        self.beneficiaryID = beneficiaryID
        self.contactName = contactName
        self.contactPhone = contactPhone
        self.channel = channel
        self.text = text
        self.status = status
        self.assignedTo = assignedTo
        self.notes = notes
        self.response = response
        self.action = action
        self.noActionReason = noActionReason
        self.dueOn = dueOn
        self.closedAt = closedAt
        self.appeal = appeal
        self.appeals = appeals
        self.createdAt = createdAt
    }
}
