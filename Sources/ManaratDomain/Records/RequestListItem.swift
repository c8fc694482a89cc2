import Foundation

/// One line of a staff request list: what the list shows of a request, and no more.
public struct RequestListItem: Sendable, Hashable, Identifiable {
    /// The request's identifier.
    public var id: UUID
    /// Its reference number (`R-1446-000123`).
    public var reference: String
    /// The applicant.
    public var beneficiaryID: UUID
    /// Its request type.
    public var typeID: UUID
    /// The type's name in Arabic.
    public var typeNameArabic: String
    /// The type's name in English.
    public var typeNameEnglish: String
    /// Where it stands.
    public var status: RequestStatus
    /// The day the answer is due, when submitted.
    public var expectedResponseOn: GregorianDay?
    /// When the committee decided it, if it has.
    public var decidedAt: Date?
    /// The applicant's full name.
    public var beneficiaryName: String

    /// The type's name in `language`.
    public func typeName(in language: Language) -> String { language == .arabic ? typeNameArabic : typeNameEnglish }

    /// A list line from its parts.
    public init(
        id: UUID, reference: String, beneficiaryID: UUID, typeID: UUID, typeNameArabic: String, typeNameEnglish: String,
        status: RequestStatus, expectedResponseOn: GregorianDay?, decidedAt: Date?, beneficiaryName: String
    ) {
        self.id = id
        self.reference = reference
        self.beneficiaryID = beneficiaryID
        self.typeID = typeID
        self.typeNameArabic = typeNameArabic
        self.typeNameEnglish = typeNameEnglish
        self.status = status
        self.expectedResponseOn = expectedResponseOn
        self.decidedAt = decidedAt
        self.beneficiaryName = beneficiaryName
    }
}
