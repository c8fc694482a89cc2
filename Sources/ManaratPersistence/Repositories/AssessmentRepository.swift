import Fluent
import Foundation
import ManaratDomain

/// Keeps every needs assessment and the admin-set weights.
public struct AssessmentRepository: Sendable {
    private static let weightsKey = "needs_weights"
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The weights in force: the administrator's, or the standard ones.
    public func weights() async throws -> NeedsWeights {
        guard let json = try await SettingsRepository(database: database).value(Self.weightsKey),
            let weights = try? JSONDecoder().decode(NeedsWeights.self, from: Data(json.utf8))
        else {
            return .standard
        }
        return weights
    }

    /// Stores new weights.
    public func setWeights(_ weights: NeedsWeights) async throws {
        let json = String(decoding: try JSONEncoder().encode(weights), as: UTF8.self)
        try await SettingsRepository(database: database).set(Self.weightsKey, to: json)
    }

    /// Records an assessment.
    public func add(
        beneficiaryID: UUID, factors: NeedsFactors, weights: NeedsWeights, score: NeedsScore, assessedBy: UUID?,
        assessedByName: String, at now: Date
    ) async throws {
        let row = NeedsAssessmentModel()
        row.id = try database.ids.next()
        row.beneficiaryID = beneficiaryID
        row.factors = String(decoding: try JSONEncoder().encode(StoredFactors(factors)), as: UTF8.self)
        row.weights = String(decoding: try JSONEncoder().encode(weights), as: UTF8.self)
        row.total = score.total
        row.level = score.level.rawValue
        row.assessedBy = assessedBy
        row.assessedByName = assessedByName
        row.assessedAt = now
        try await row.create(on: database)
    }

    /// Every assessment of a beneficiary, newest first.
    public func history(of beneficiaryID: UUID) async throws -> [StoredAssessment] {
        try await NeedsAssessmentModel.query(on: database).filter(\.$beneficiaryID == beneficiaryID).sort(
            \.$assessedAt, .descending
        ).all().compactMap { row in
            guard let factors = try? JSONDecoder().decode(StoredFactors.self, from: Data(row.factors.utf8)),
                let weights = try? JSONDecoder().decode(NeedsWeights.self, from: Data(row.weights.utf8))
            else { return nil }
            return StoredAssessment(
                factors: factors.domain, weights: weights, total: row.total,
                level: PriorityLevel(rawValue: row.level) ?? .low, assessedByName: row.assessedByName,
                assessedAt: row.assessedAt)
        }
    }

    /// The factors as stored: amounts in halalas so the JSON never carries binary fractions.
    private struct StoredFactors: Codable {
        var income: Int, size: Int, rent: Int, debts: Int, housing: String, chronic: Int, disability: Int,
            children: Int, elderly: Int

        init(_ factors: NeedsFactors) {
            income = Self.halalas(factors.monthlyIncome)
            size = factors.householdSize
            rent = Self.halalas(factors.monthlyRent)
            debts = Self.halalas(factors.debts)
            housing = factors.housing.rawValue
            chronic = factors.chronicIllnessCount
            disability = factors.disabilityCount
            children = factors.dependantsUnder18
            elderly = factors.elderlyCount
        }

        var domain: NeedsFactors {
            NeedsFactors(
                monthlyIncome: Decimal(income) / 100, householdSize: size, monthlyRent: Decimal(rent) / 100,
                debts: Decimal(debts) / 100, housing: HousingType(rawValue: housing) ?? .other,
                chronicIllnessCount: chronic, disabilityCount: disability, dependantsUnder18: children,
                elderlyCount: elderly)
        }

        static func halalas(_ amount: Decimal) -> Int {
            var value = amount * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, 0, .plain)
            return NSDecimalNumber(decimal: rounded).intValue
        }
    }
}
