import Foundation

/// A field a request type asks the applicant to fill in.
public struct RequestField: Sendable, Equatable, Codable {
    /// The key the value is stored under.
    public var key: String
    /// The label in Arabic.
    public var labelArabic: String
    /// The label in English.
    public var labelEnglish: String

    /// Creates a field.
    public init(key: String, labelArabic: String, labelEnglish: String) {
        self.key = key
        self.labelArabic = labelArabic
        self.labelEnglish = labelEnglish
    }

    /// The label in the given language.
    public func label(in language: Language) -> String { language == .arabic ? labelArabic : labelEnglish }
}

/// A kind of support request, set up by administrators: what it needs and what it can lead to.
public struct RequestType: Sendable, Equatable, Identifiable {
    /// The type's identifier.
    public var id: UUID
    /// A stable code such as "rent".
    public var code: String
    /// The Arabic name.
    public var nameArabic: String
    /// The English name.
    public var nameEnglish: String
    /// Who it is for and what it gives, in Arabic.
    public var descriptionArabic: String
    /// The same in English.
    public var descriptionEnglish: String
    /// Fields the applicant must fill in.
    public var requiredFields: [RequestField]
    /// Documents that must be uploaded, and whether each must be valid on the submission day.
    public var requiredDocuments: [DocumentRequirement]
    /// Categories eligible for it; empty means every beneficiary.
    public var eligibleCategoryIDs: Set<UUID>
    /// The services it can lead to.
    public var serviceKinds: [ServiceKind]
    /// Whether new requests may use it.
    public var isActive: Bool

    /// Creates a type.
    public init(id: UUID, code: String, nameArabic: String, nameEnglish: String, descriptionArabic: String, descriptionEnglish: String, requiredFields: [RequestField], requiredDocuments: [DocumentRequirement], eligibleCategoryIDs: Set<UUID>, serviceKinds: [ServiceKind], isActive: Bool) {
        self.id = id
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.descriptionArabic = descriptionArabic
        self.descriptionEnglish = descriptionEnglish
        self.requiredFields = requiredFields
        self.requiredDocuments = requiredDocuments
        self.eligibleCategoryIDs = eligibleCategoryIDs
        self.serviceKinds = serviceKinds
        self.isActive = isActive
    }

    /// The name in the given language.
    public func name(in language: Language) -> String { language == .arabic ? nameArabic : nameEnglish }

    /// Whether a beneficiary in `categories` may apply.
    public func isEligible(categories: Set<UUID>) -> Bool {
        eligibleCategoryIDs.isEmpty || !eligibleCategoryIDs.isDisjoint(with: categories)
    }
}

/// The applicant's attestation that the data is correct (الإقرار بصحة البيانات).
public struct Attestation: Sendable, Equatable {
    /// The version of the attestation text agreed to.
    public var version: String
    /// When it was given.
    public var attestedAt: Date
    /// The channel: in person at a branch, or online.
    public var channel: ContactChannel
    /// The scanned signed form, for in-person attestations.
    public var signedFormDocumentID: UUID?

    /// Creates an attestation.
    public init(version: String, attestedAt: Date, channel: ContactChannel, signedFormDocumentID: UUID?) {
        self.version = version
        self.attestedAt = attestedAt
        self.channel = channel
        self.signedFormDocumentID = signedFormDocumentID
    }

    /// The version of the policy's attestation text in force; the words themselves are in the catalogs.
    public static let currentVersion = "2023.1"
}

/// The committee's decision on a request.
public struct RequestDecision: Sendable, Equatable {
    /// Approved, rejected or deferred.
    public var outcome: CommitteeOutcome
    /// When it was decided.
    public var decidedAt: Date
    /// The service approved.
    public var service: ServiceKind?
    /// The amount approved (or the value of goods).
    public var amount: Money
    /// The quantity approved, for in-kind support.
    public var quantity: String
    /// The reasons chosen, for a rejection.
    public var reasons: [RejectionReason]
    /// Free text: the reasons in words, or conditions.
    public var note: String
    /// The meeting that decided.
    public var meetingID: UUID?

    /// Creates a decision.
    public init(outcome: CommitteeOutcome, decidedAt: Date, service: ServiceKind?, amount: Money, quantity: String, reasons: [RejectionReason], note: String, meetingID: UUID?) {
        self.outcome = outcome
        self.decidedAt = decidedAt
        self.service = service
        self.amount = amount
        self.quantity = quantity
        self.reasons = reasons
        self.note = note
        self.meetingID = meetingID
    }
}

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
    public init(id: UUID, reference: String, beneficiaryID: UUID, typeID: UUID, status: RequestStatus, channel: ContactChannel, branchID: UUID?, intakeStaffID: UUID?, fieldValues: [String: String], details: String, amountRequested: Money, submittedAt: Date?, submittedOn: GregorianDay?, expectedResponseOn: GregorianDay?, attestation: Attestation?, researcherID: UUID?, decision: RequestDecision?, version: Int) {
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

/// A needs assessment's outcome as a report keeps it: the total and its priority.
public struct NeedsScoreSummary: Sendable, Equatable {
    /// The overall need, 0...100.
    public var total: Int
    /// The priority the total falls into.
    public var level: PriorityLevel

    /// Creates a summary.
    public init(total: Int, level: PriorityLevel) {
        self.total = total
        self.level = level
    }
}

/// A social research report (تقرير البحث الاجتماعي).
public struct ResearchReport: Sendable, Equatable {
    /// Whether it is a home visit or an office assessment.
    public enum Kind: String, CaseIterable, Codable, Sendable { case homeVisit, officeAssessment }
    /// Home visit or office assessment.
    public var kind: Kind
    /// The day of the visit or assessment.
    public var visitedOn: GregorianDay
    /// What the researcher found.
    public var findings: String
    /// The household situation as verified.
    public var householdSituation: String
    /// Approve or reject.
    public var recommendsApproval: Bool
    /// The service recommended.
    public var recommendedService: ServiceKind?
    /// The amount recommended.
    public var recommendedAmount: Money
    /// The quantity recommended, for in-kind help ("two food baskets a month"); may be empty.
    public var recommendedQuantity: String = ""
    /// The needs assessment the researcher updated with the report, when one was.
    public var updatedNeeds: NeedsScoreSummary? = nil
    /// The researcher.
    public var researcherName: String
    /// When it was written.
    public var createdAt: Date

    /// Creates a report.
    public init(kind: Kind, visitedOn: GregorianDay, findings: String, householdSituation: String, recommendsApproval: Bool, recommendedService: ServiceKind?, recommendedAmount: Money, researcherName: String, createdAt: Date) {
        self.kind = kind
        self.visitedOn = visitedOn
        self.findings = findings
        self.householdSituation = householdSituation
        self.recommendsApproval = recommendsApproval
        self.recommendedService = recommendedService
        self.recommendedAmount = recommendedAmount
        self.researcherName = researcherName
        self.createdAt = createdAt
    }
}
