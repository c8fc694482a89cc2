import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The deliveries scheduled on an approved request, and their acknowledgements.
public struct DeliveryRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Adds delivery records (one per instalment).
    public func addDeliveries(_ records: [DeliveryRecord], requestID: UUID, at now: Date) async throws {
        let protection = try database.protection
        for record in records {
            let row = ServiceDeliveryModel()
            row.id = record.id
            row.requestID = requestID
            row.kind = record.kind.rawValue
            row.amount = record.amount.halalas
            row.method = record.method?.rawValue
            row.iban = protection.sealIfPresent(record.iban?.value, as: .iban)
            row.reference = record.reference
            row.items = record.items
            row.referralTo = record.referralTo
            row.instalmentNumber = record.instalmentNumber
            row.instalmentCount = record.instalmentCount
            row.dueOn = record.dueOn.description
            row.deliveredAt = record.deliveredAt
            row.deliveredByName = record.deliveredByName
            row.acknowledgement = record.acknowledgement
            row.createdAt = now
            try await row.create(on: database)
        }
    }

    /// Marks one record delivered, with the beneficiary's acknowledgement.
    public func markDelivered(
        id: UUID, requestID: UUID, reference: String, acknowledgement: String, by staffID: UUID?, name: String,
        at now: Date
    ) async throws -> Bool {
        guard
            let row = try await ServiceDeliveryModel.query(on: database).filter(\.$id == id).filter(
                \.$requestID == requestID
            ).filter(\.$deliveredAt == nil).first()
        else { return false }
        row.deliveredAt = now
        row.deliveredBy = staffID
        row.deliveredByName = name
        row.acknowledgement = acknowledgement
        if !reference.isEmpty { row.reference = reference }
        try await row.update(on: database)
        return true
    }

    /// Instalments not yet delivered that fall due from `from` through `through`, soonest first.
    public func undeliveredInstalments(dueFrom from: GregorianDay, through: GregorianDay, limit: Int) async throws -> [(
        requestID: UUID, deliveryID: UUID, dueOn: GregorianDay
    )] {
        try await ServiceDeliveryModel.query(on: database)
            .filter(\.$deliveredAt == nil)
            .filter(\.$dueOn >= from.description).filter(\.$dueOn <= through.description)
            .sort(\.$dueOn).limit(limit).all()
            .compactMap { row in GregorianDay(iso: row.dueOn).map { (row.requestID, row.id!, $0) } }
    }

    /// A request's delivery records by due day.
    public func deliveries(of requestID: UUID) async throws -> [DeliveryRecord] {
        let protection = try database.protection
        return try await ServiceDeliveryModel.query(on: database).filter(\.$requestID == requestID).sort(\.$dueOn).sort(
            \.$instalmentNumber
        ).all().map { row in
            DeliveryRecord(
                id: row.id!, kind: ServiceKind(rawValue: row.kind) ?? .cash, amount: Money(halalas: row.amount),
                method: row.method.flatMap(PaymentMethod.init(rawValue:)),
                iban: try protection.openIfPresent(row.iban, as: .iban).map(IBAN.init(stored:)),
                reference: row.reference, items: row.items, referralTo: row.referralTo,
                instalmentNumber: row.instalmentNumber, instalmentCount: row.instalmentCount,
                dueOn: GregorianDay(iso: row.dueOn) ?? GregorianDay(julianDayNumber: 0), deliveredAt: row.deliveredAt,
                deliveredByName: row.deliveredByName, acknowledgement: row.acknowledgement)
        }
    }
}
