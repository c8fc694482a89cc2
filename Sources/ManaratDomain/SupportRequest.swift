import Foundation

/// A support request (طلب دعم مستفيد).
public struct SupportRequest: Sendable, Equatable, Identifiable {
    /// The request's identifier.
    public var id: UUID
    /// The reference number given to the applicant, such as "R-1448-000123".
    public var reference: String
    /// The applicant.
    public var beneficiaryID: UUID
    /// The request type.
    public var typeID: UUID
    /// Where it stands.
    public var status: RequestStatus
    /// The channel it came in on.
    public var channel: ContactChannel
    /// The branch handling it.
    public var branchID: UUID?
    /// The staff member who took it in; nil when it came through the portal.
    public var intakeStaffID: UUID?
    /// The values of the type's fields.
    public var fieldValues: [String: String]
    /// What is asked for, in the applicant's words.
    public var details: String
    /// The amount asked for, if any.
    public var amountRequested: Money
    /// When it was submitted.
    public var submittedAt: Date?
    /// The day it was submitted, in the association's time zone.
    public var submittedOn: GregorianDay?
    /// The day the committee's answer is due.
    public var expectedResponseOn: GregorianDay?
    /// The applicant's attestation, once given.
    public var attestation: Attestation?
    /// The social researcher assigned.
    public var researcherID: UUID?
    /// The committee's decision.
    public var decision: RequestDecision?
    /// Bumped on every save; a save based on an older version is refused.
    public var version: Int

    /// Creates a request.
    public init(
        id: UUID, reference: String, beneficiaryID: UUID, typeID: UUID, status: RequestStatus, channel: ContactChannel,
        branchID: UUID?, intakeStaffID: UUID?, fieldValues: [String: String], details: String, amountRequested: Money,
        submittedAt: Date?, submittedOn: GregorianDay?, expectedResponseOn: GregorianDay?, attestation: Attestation?,
        researcherID: UUID?, decision: RequestDecision?, version: Int
    ) {
        self.id = id
        self.reference = reference
        self.beneficiaryID = beneficiaryID
        self.typeID = typeID
        self.status = status
        self.channel = channel
        self.branchID = branchID
        self.intakeStaffID = intakeStaffID
        self.fieldValues = fieldValues
        self.details = details
        self.amountRequested = amountRequested
        self.submittedAt = submittedAt
        self.submittedOn = submittedOn
        self.expectedResponseOn = expectedResponseOn
        self.attestation = attestation
        self.researcherID = researcherID
        self.decision = decision
        self.version = version
    }
}
