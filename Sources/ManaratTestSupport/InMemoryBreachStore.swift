import Foundation
import ManaratDomain
import ManaratPersistence

/// `BreachStore` in memory, for service tests that need no database.
public actor InMemoryBreachStore: BreachStore {
    /// The register, oldest first.
    public private(set) var records: [BreachRecord] = []

    /// An empty register.
    public init() {}

    public func all() async throws -> [BreachRecord] { records.reversed() }

    public func find(id: UUID) async throws -> BreachRecord? { records.first { $0.id == id } }

    public func insert(_ record: BreachRecord, on day: GregorianDay) async throws -> String {
        var stored = record
        stored.reference = "BR-\(day.year)-" + String(format: "%03d", records.count + 1)
        records.append(stored)
        return stored.reference
    }

    public func markRegulatorNotified(id: UUID, at moment: Date, reference: String) async throws -> Bool {
        guard let index = records.firstIndex(where: { $0.id == id && $0.regulatorNotifiedAt == nil }) else {
            return false
        }
        records[index].regulatorNotifiedAt = moment
        records[index].regulatorReference = reference
        return true
    }

    public func markSubjectsNotified(id: UUID, at moment: Date) async throws -> Bool {
        guard let index = records.firstIndex(where: { $0.id == id && $0.subjectsNotifiedAt == nil }) else {
            return false
        }
        records[index].subjectsNotifiedAt = moment
        return true
    }
}
