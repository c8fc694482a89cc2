import Fluent
import Foundation
import ManaratDomain

/// Versioned governance documents and staff acknowledgements of reading them.
public struct PolicyRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The version in force of each document that has one.
    public func currentVersions() async throws -> [PolicyVersion] {
        try await PolicyVersionModel.query(on: database).filter(\.$isCurrent == true).all().map(Self.version)
            .sorted {
                PolicyDocumentKind.allCases.firstIndex(of: $0.kind)! < PolicyDocumentKind.allCases.firstIndex(
                    of: $1.kind)!
            }
    }

    /// The version in force of one document.
    public func current(_ kind: PolicyDocumentKind) async throws -> PolicyVersion? {
        try await PolicyVersionModel.query(on: database).filter(\.$kind == kind.rawValue).filter(\.$isCurrent == true)
            .first().map(Self.version)
    }

    /// Every version of a document, newest first.
    public func versions(of kind: PolicyDocumentKind) async throws -> [PolicyVersion] {
        try await PolicyVersionModel.query(on: database).filter(\.$kind == kind.rawValue).sort(
            \.$publishedAt, .descending
        ).all().map(Self.version)
    }

    /// One version.
    public func version(id: UUID) async throws -> PolicyVersion? {
        try await PolicyVersionModel.find(id, on: database).map(Self.version)
    }

    /// Publishes a new version: it becomes current and the previous one is kept, read-only.
    public func publish(_ version: PolicyVersion) async throws {
        try await PolicyVersionModel.query(on: database).filter(\.$kind == version.kind.rawValue).set(
            \.$isCurrent, to: false
        ).update()
        let row = PolicyVersionModel()
        row.id = version.id
        row.kind = version.kind.rawValue
        row.label = version.label
        row.decisionNumber = version.decisionNumber
        row.approvedOn = version.approvedOn.description
        row.approvingBody = version.approvingBody
        row.textArabic = version.textArabic
        row.textEnglish = version.textEnglish
        row.fileSHA256 = version.fileSHA256
        row.publishedAt = version.publishedAt
        row.isCurrent = true
        try await row.create(on: database)
    }

    /// Records that a staff member read a version (once).
    public func acknowledge(versionID: UUID, staffID: UUID, at now: Date) async throws -> Bool {
        guard
            try await PolicyAcknowledgementModel.query(on: database).filter(\.$versionID == versionID).filter(
                \.$staffID == staffID
            ).count() == 0
        else { return false }
        let row = PolicyAcknowledgementModel()
        row.id = try database.ids.next()
        row.versionID = versionID
        row.staffID = staffID
        row.acknowledgedAt = now
        try await row.create(on: database)
        return true
    }

    /// Who acknowledged a version, and when.
    public func acknowledgements(versionID: UUID) async throws -> [UUID: Date] {
        Dictionary(
            try await PolicyAcknowledgementModel.query(on: database).filter(\.$versionID == versionID).all().map {
                ($0.staffID, $0.acknowledgedAt)
            }, uniquingKeysWith: { first, _ in first })
    }

    /// The current versions a staff member has not acknowledged yet.
    public func unacknowledged(by staffID: UUID) async throws -> [PolicyVersion] {
        let current = try await currentVersions()
        let acknowledged = Set(
            try await PolicyAcknowledgementModel.query(on: database).filter(\.$staffID == staffID).filter(
                \.$versionID ~~ current.map(\.id)
            ).all().map(\.versionID))
        return current.filter { !acknowledged.contains($0.id) }
    }

    private static func version(_ row: PolicyVersionModel) -> PolicyVersion {
        PolicyVersion(
            id: row.id!, kind: PolicyDocumentKind(rawValue: row.kind) ?? .relationsPolicy, label: row.label,
            decisionNumber: row.decisionNumber,
            approvedOn: GregorianDay(iso: row.approvedOn) ?? GregorianDay(julianDayNumber: 0),
            approvingBody: row.approvingBody, textArabic: row.textArabic, textEnglish: row.textEnglish,
            fileSHA256: row.fileSHA256, publishedAt: row.publishedAt, isCurrent: row.isCurrent)
    }
}
