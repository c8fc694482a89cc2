import Foundation
import ManaratDomain
import Vapor

/// A request type as an administrator wrote it: names, descriptions, its own fields one per line
/// (`key | Arabic label | English label`), the documents it asks for and which must be valid,
/// the categories it serves and the services it gives.
struct RequestTypeForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case code, nameArabic, nameEnglish, descriptionArabic, descriptionEnglish, fields, documents
        case validDocuments, categories, services, isActive
    }

    var code: String?
    var nameArabic: String?
    var nameEnglish: String?
    var descriptionArabic: String?
    var descriptionEnglish: String?
    var fields: String?
    var documents: [String]?
    var validDocuments: [String]?
    var categories: [String]?
    var services: [String]?
    var isActive: String?

    /// The form for a new type: an identity copy that must be valid, cash, active.
    static let blank = RequestTypeForm(
        documents: [DocumentKind.identityCopy.rawValue], validDocuments: [DocumentKind.identityCopy.rawValue],
        services: [ServiceKind.cash.rawValue], isActive: "on")

    /// The form showing `type`.
    init(type: RequestType) {
        self.init(
            code: type.code, nameArabic: type.nameArabic, nameEnglish: type.nameEnglish,
            descriptionArabic: type.descriptionArabic, descriptionEnglish: type.descriptionEnglish,
            fields: type.requiredFields.map { "\($0.key) | \($0.labelArabic) | \($0.labelEnglish)" }.joined(
                separator: "\n"),
            documents: type.requiredDocuments.map(\.kind.rawValue),
            validDocuments: type.requiredDocuments.filter(\.mustBeValidAtSubmission).map(\.kind.rawValue),
            categories: type.eligibleCategoryIDs.map { $0.uuidString.lowercased() },
            services: type.serviceKinds.map(\.rawValue), isActive: type.isActive ? "on" : nil)
    }

    init(
        code: String? = nil, nameArabic: String? = nil, nameEnglish: String? = nil, descriptionArabic: String? = nil,
        descriptionEnglish: String? = nil, fields: String? = nil, documents: [String]? = nil,
        validDocuments: [String]? = nil, categories: [String]? = nil, services: [String]? = nil,
        isActive: String? = nil
    ) {
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.descriptionArabic = descriptionArabic
        self.descriptionEnglish = descriptionEnglish
        self.fields = fields
        self.documents = documents
        self.validDocuments = validDocuments
        self.categories = categories
        self.services = services
        self.isActive = isActive
    }

    /// The type `id`, or every problem the form alone can see (whether the code is free is the
    /// service's to say).
    func parsed(as id: UUID) -> (type: RequestType?, problems: [RequestSettingsProblem]) {
        var problems: [RequestSettingsProblem] = []
        let code = StaffRules.normalizedCode(self.code ?? "") ?? ""
        if code.isEmpty { problems.append(.codeInvalid) }
        let arabic = (nameArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let english = (nameEnglish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if arabic.isEmpty { problems.append(.nameArabicMissing) }
        if english.isEmpty { problems.append(.nameEnglishMissing) }
        var own: [RequestField] = []
        for line in (fields ?? "").split(whereSeparator: \.isNewline)
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, StaffRules.normalizedCode(parts[0]) == parts[0] else {
                problems.append(.fieldsInvalid)
                break
            }
            own.append(RequestField(key: parts[0], labelArabic: parts[1], labelEnglish: parts[2]))
        }
        let valid = Set(validDocuments ?? [])
        let documents = (self.documents ?? []).compactMap(DocumentKind.init(rawValue:)).map {
            DocumentRequirement(kind: $0, mustBeValidAtSubmission: valid.contains($0.rawValue))
        }
        let services = (self.services ?? []).compactMap(ServiceKind.init(rawValue:))
        if services.isEmpty { problems.append(.serviceRequired) }
        guard problems.isEmpty else { return (nil, problems) }
        return (
            RequestType(
                id: id, code: code, nameArabic: arabic, nameEnglish: english,
                descriptionArabic: String((descriptionArabic ?? "").prefix(2000)),
                descriptionEnglish: String((descriptionEnglish ?? "").prefix(2000)), requiredFields: own,
                requiredDocuments: documents,
                eligibleCategoryIDs: Set((categories ?? []).compactMap(UUID.init(uuidString:))),
                serviceKinds: services, isActive: isActive == "on"),
            []
        )
    }
}
