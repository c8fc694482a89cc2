import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The request types an administrator defines: their fields, documents, eligibility and services.
public struct RequestTypeRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Every request type in display order.
    public func types() async throws -> [RequestType] {
        try await RequestTypeModel.query(on: database).sort(\.$sortOrder).sort(\.$code).all().map(Self.type)
    }

    /// The type with this id.
    public func type(id: UUID) async throws -> RequestType? {
        try await RequestTypeModel.find(id, on: database).map(Self.type)
    }

    /// Whether another type uses `code`.
    public func typeCodeTaken(_ code: String, except id: UUID?) async throws -> Bool {
        var query = RequestTypeModel.query(on: database).filter(\.$code == code)
        if let id { query = query.filter(\.$id != id) }
        return try await query.count() > 0
    }

    /// Saves a new type or changes to one.
    public func save(_ type: RequestType) async throws {
        let row: RequestTypeModel
        if let existing = try await RequestTypeModel.find(type.id, on: database) {
            row = existing
        } else {
            row = RequestTypeModel()
            row.id = type.id
            row.sortOrder = try await RequestTypeModel.query(on: database).count() + 1
        }
        row.code = type.code
        row.nameArabic = type.nameArabic
        row.nameEnglish = type.nameEnglish
        row.descriptionArabic = type.descriptionArabic
        row.descriptionEnglish = type.descriptionEnglish
        row.requiredFields = RequestRepository.json(type.requiredFields)
        row.requiredDocuments = RequestRepository.json(type.requiredDocuments)
        row.eligibleCategories = RequestRepository.json(
            type.eligibleCategoryIDs.map { $0.uuidString.lowercased() }.sorted())
        row.serviceKinds = RequestRepository.json(type.serviceKinds)
        row.isActive = type.isActive
        try await row.save(on: database)
    }
    private static func type(_ row: RequestTypeModel) -> RequestType {
        RequestType(
            id: row.id!, code: row.code, nameArabic: row.nameArabic, nameEnglish: row.nameEnglish,
            descriptionArabic: row.descriptionArabic, descriptionEnglish: row.descriptionEnglish,
            requiredFields: RequestRepository.decode([RequestField].self, row.requiredFields) ?? [],
            requiredDocuments: RequestRepository.decode([DocumentRequirement].self, row.requiredDocuments) ?? [],
            eligibleCategoryIDs: Set(
                (RequestRepository.decode([String].self, row.eligibleCategories) ?? []).compactMap(
                    UUID.init(uuidString:))),
            serviceKinds: RequestRepository.decode([ServiceKind].self, row.serviceKinds) ?? [], isActive: row.isActive
        )
    }
}
