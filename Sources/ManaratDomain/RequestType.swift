import Foundation

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
    public init(
        id: UUID, code: String, nameArabic: String, nameEnglish: String, descriptionArabic: String,
        descriptionEnglish: String, requiredFields: [RequestField], requiredDocuments: [DocumentRequirement],
        eligibleCategoryIDs: Set<UUID>, serviceKinds: [ServiceKind], isActive: Bool
    ) {
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
