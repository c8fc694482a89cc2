import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// A request's documents: their sealed content's name, format, kind and validity.
public struct RequestDocumentRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Records an uploaded document; its content is already in the document store.
    public func addDocument(_ document: RequestDocument, uploadedBy: UUID?) async throws {
        let row = RequestDocumentModel()
        row.id = document.id
        row.requestID = document.requestID
        row.kind = document.kind.rawValue
        row.sha256 = document.sha256
        row.format = document.format.rawValue
        row.size = document.size
        row.originalName = document.originalName
        row.issuedOn = document.issuedOn?.description
        row.expiresOn = document.expiresOn?.description
        row.identityNumber = try database.protection.sealIfPresent(document.identityNumber, as: .identityNumber)
        row.uploadedBy = uploadedBy
        row.uploadedAt = document.uploadedAt
        try await row.create(on: database)
    }

    /// A request's documents, newest first.
    public func documents(of requestID: UUID) async throws -> [RequestDocument] {
        let protection = try database.protection
        return try await RequestDocumentModel.query(on: database).filter(\.$requestID == requestID).sort(
            \.$uploadedAt, .descending
        ).all().map { try Self.document($0, protection: protection) }
    }

    /// One document.
    public func document(id: UUID) async throws -> RequestDocument? {
        let protection = try database.protection
        return try await RequestDocumentModel.find(id, on: database).map {
            try Self.document($0, protection: protection)
        }
    }

    /// Documents that expire from `from` through `through`, with their request: (request, document, day).
    public func documentsExpiring(from: GregorianDay, through: GregorianDay, limit: Int) async throws -> [(
        requestID: UUID, documentID: UUID, expiresOn: GregorianDay
    )] {
        try await RequestDocumentModel.query(on: database)
            .filter(\.$expiresOn >= from.description).filter(\.$expiresOn <= through.description)
            .sort(\.$expiresOn).limit(limit).all()
            .compactMap { row in row.expiresOn.flatMap(GregorianDay.init(iso:)).map { (row.requestID, row.id!, $0) } }
    }
    private static func document(_ row: RequestDocumentModel, protection: DataProtection) throws -> RequestDocument {
        var document = RequestDocument(
            id: row.id!, kind: DocumentKind(rawValue: row.kind) ?? .other, sha256: row.sha256,
            format: DocumentFormat(rawValue: row.format) ?? .pdf, size: row.size, originalName: row.originalName,
            issuedOn: row.issuedOn.flatMap(GregorianDay.init(iso:)),
            expiresOn: row.expiresOn.flatMap(GregorianDay.init(iso:)), uploadedAt: row.uploadedAt,
            requestID: row.requestID)
        document.identityNumber = try protection.openIfPresent(row.identityNumber, as: .identityNumber)
        return document
    }
}
