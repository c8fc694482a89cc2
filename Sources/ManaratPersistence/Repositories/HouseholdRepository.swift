import Fluent
import Foundation
import ManaratDomain

/// Reads and writes households and their members.
public struct HouseholdRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The active household headed by `headID`, with its members.
    public func household(headedBy headID: UUID) async throws -> Household? {
        guard
            let row = try await HouseholdModel.query(on: database).filter(\.$headID == headID).filter(
                \.$isActive == true
            ).first()
        else { return nil }
        let members = try await HouseholdMemberModel.query(on: database).filter(\.$householdID == row.id!).filter(
            \.$isActive == true
        ).all()
        let protection = try database.protection
        return Household(
            id: row.id!, headID: row.headID, monthlyIncome: Money(halalas: row.monthlyIncome),
            monthlyRent: Money(halalas: row.monthlyRent),
            debts: Money(halalas: row.debts), housing: HousingType(rawValue: row.housing) ?? .other,
            members: try members.map { try Self.member($0, protection: protection) }
        )
    }

    /// The head of the active household this beneficiary is a member of, if any (other than their own).
    public func householdHead(containingMember beneficiaryID: UUID) async throws -> UUID? {
        let memberships = try await HouseholdMemberModel.query(on: database).filter(\.$beneficiaryID == beneficiaryID)
            .filter(\.$isActive == true).all()
        for membership in memberships {
            if let household = try await HouseholdModel.find(membership.householdID, on: database), household.isActive {
                return household.headID
            }
        }
        return nil
    }

    /// Creates or updates the finances of the household headed by `headID`.
    @discardableResult
    public func saveFinances(
        headID: UUID, monthlyIncome: Money, monthlyRent: Money, debts: Money, housing: HousingType, at now: Date
    ) async throws -> UUID {
        if let other = try await householdHead(containingMember: headID), other != headID {
            throw HouseholdConflict.alreadyInAnotherHousehold(headID: other)
        }
        let row =
            try await HouseholdModel.query(on: database).filter(\.$headID == headID).filter(\.$isActive == true).first()
            ?? {
                let fresh = HouseholdModel()
                fresh.id = try database.ids.next()
                fresh.headID = headID
                fresh.isActive = true
                return fresh
            }()
        row.monthlyIncome = monthlyIncome.halalas
        row.monthlyRent = monthlyRent.halalas
        row.debts = debts.halalas
        row.housing = housing.rawValue
        row.updatedAt = now
        try await row.save(on: database)
        return row.id!
    }

    /// Adds a member; a person (by identity or beneficiary record) may be in one active household only.
    public func addMember(_ member: HouseholdMember, toHouseholdHeadedBy headID: UUID, at now: Date) async throws {
        let householdID: UUID
        if let existing = try await HouseholdModel.query(on: database).filter(\.$headID == headID).filter(
            \.$isActive == true
        ).first() {
            householdID = existing.id!
        } else {
            householdID = try await saveFinances(
                headID: headID, monthlyIncome: .zero, monthlyRent: .zero, debts: .zero, housing: .other, at: now)
        }
        if let identity = member.identity {
            let clashes = try await HouseholdMemberModel.query(on: database)
                .filter(\.$identityType == identity.type.rawValue).filter(
                    \.$identityHash == database.protection.index(identity.value)
                )
                .filter(\.$isActive == true).all()
            for clash in clashes {
                if let other = try await HouseholdModel.find(clash.householdID, on: database), other.isActive {
                    throw HouseholdConflict.alreadyInAnotherHousehold(headID: other.headID)
                }
            }
            if let heading = try await BeneficiaryRepository(database: database).find(identity: identity),
                heading != headID,
                try await HouseholdModel.query(on: database).filter(\.$headID == heading).filter(\.$isActive == true)
                    .count() > 0
            {
                throw HouseholdConflict.alreadyInAnotherHousehold(headID: heading)
            }
        }
        if let beneficiaryID = member.beneficiaryID,
            let other = try await householdHead(containingMember: beneficiaryID)
        {
            throw HouseholdConflict.alreadyInAnotherHousehold(headID: other)
        }
        let row = HouseholdMemberModel()
        row.id = member.id
        row.householdID = householdID
        row.fullName = member.fullName
        row.relation = member.relation.rawValue
        row.gender = member.gender.rawValue
        row.identityType = member.identity?.type.rawValue
        let protection = try database.protection
        row.identityNumber = protection.sealIfPresent(member.identity?.value, as: .identityNumber)
        row.identityHash = member.identity.map { protection.index($0.value) }
        row.bornOn = member.bornOn?.description
        row.healthConditions = protection.seal(member.healthConditions, as: .healthConditions)
        row.parentageNote = protection.seal(member.parentageNote, as: .parentageNote)
        row.beneficiaryID = member.beneficiaryID
        row.isActive = true
        try await row.create(on: database)
    }

    /// Removes a member from the household (kept, inactive, for history). Returns the member removed.
    public func removeMember(id: UUID, fromHouseholdHeadedBy headID: UUID) async throws -> HouseholdMember? {
        guard
            let household = try await HouseholdModel.query(on: database).filter(\.$headID == headID).filter(
                \.$isActive == true
            ).first(),
            let row = try await HouseholdMemberModel.query(on: database).filter(\.$id == id).filter(
                \.$householdID == household.id!
            ).filter(\.$isActive == true).first()
        else {
            return nil
        }
        row.isActive = false
        try await row.update(on: database)
        return try Self.member(row, protection: database.protection)
    }

    private static func member(_ row: HouseholdMemberModel, protection: DataProtection) throws -> HouseholdMember {
        var identity: IdentityNumber?
        if let type = row.identityType.flatMap(IdentityType.init(rawValue:)),
            let value = try protection.openIfPresent(row.identityNumber, as: .identityNumber)
        {
            identity = IdentityNumber(storedType: type, value: value)
        }
        return HouseholdMember(
            id: row.id!, fullName: row.fullName, relation: Relation(rawValue: row.relation) ?? .other,
            gender: Gender(rawValue: row.gender) ?? .male,
            identity: identity, bornOn: row.bornOn.flatMap(GregorianDay.init(iso:)),
            healthConditions: try protection.open(row.healthConditions, as: .healthConditions),
            parentageNote: try protection.open(row.parentageNote, as: .parentageNote), beneficiaryID: row.beneficiaryID
        )
    }
}
