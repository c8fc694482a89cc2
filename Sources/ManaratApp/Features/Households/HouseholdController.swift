import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// A beneficiary's household: finances and members.
struct HouseholdController {
    struct FinancesForm: Content {
        var monthlyIncome: String?
        var monthlyRent: String?
        var debts: String?
        var housing: String?
    }

    struct MemberForm: Content {
        var memberName: String?
        var relation: String?
        var memberGender: String?
        var memberIdentityType: String?
        var memberIdentityNumber: String?
        var memberBornOn: String?
        var memberBornOnCalendar: String?
        var memberHealth: String?
        var parentageNote: String?
    }

    func saveFinances(_ request: Request) async throws -> Response {
        let head = try await BeneficiaryController().find(request)
        let form = try request.content.decode(FinancesForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        func amount(_ text: String?, _ field: String) -> Money {
            guard let money = Money.parse(text ?? "") else {
                errors.append(FieldError(field: field, message: strings[.amountInvalid]))
                return .zero
            }
            return money
        }
        let income = amount(form.monthlyIncome, "monthlyIncome")
        let rent = amount(form.monthlyRent, "monthlyRent")
        let debts = amount(form.debts, "debts")
        let housing = form.housing.flatMap(HousingType.init(rawValue:)) ?? .other
        let back = StaffURL.beneficiary(head.id).path
        guard errors.isEmpty else { return try await PartyErrorPage.render(request, errors: errors, back: back) }
        let now = request.now
        do {
            try await request.audited(
                action: .householdUpdate, recordType: .beneficiary, recordID: head.id.uuidString,
                summary: "income=\(income.plain) rent=\(rent.plain) debts=\(debts.plain) housing=\(housing.rawValue)"
            ) { db in
                try await HouseholdRepository(database: db).saveFinances(
                    headID: head.id, monthlyIncome: income, monthlyRent: rent, debts: debts, housing: housing, at: now)
            }
        } catch HouseholdConflict.alreadyInAnotherHousehold(let other) {
            return try await PartyErrorPage.render(
                request,
                errors: [
                    FieldError(
                        field: "monthlyIncome", message: strings[.memberOfAnotherHousehold],
                        link: .init(path: StaffURL.beneficiary(other).path, label: strings[.openHeadFile]))
                ], back: back)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    func addMember(_ request: Request) async throws -> Response {
        let head = try await BeneficiaryController().find(request)
        let form = try request.content.decode(MemberForm.self)
        let strings = request.strings
        let back = StaffURL.beneficiary(head.id).path
        var errors: [FieldError] = []
        let name = (form.memberName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 120 {
            errors.append(FieldError(field: "memberName", message: strings[.fieldRequired]))
        }
        var identity: IdentityNumber?
        if let type = form.memberIdentityType.flatMap(IdentityType.init(rawValue:)) {
            switch IdentityNumber.parse(form.memberIdentityNumber ?? "", type: type) {
            case .success(let value): identity = value
            case .failure(let problem):
                errors.append(
                    FieldError(
                        field: "memberIdentityNumber", message: IdentityMessages.message(problem, strings: strings)))
            }
        }
        let bornOn = FormDay.read(
            form.memberBornOn, calendar: form.memberBornOnCalendar, field: "memberBornOn", required: false,
            strings: strings, errors: &errors)
        guard errors.isEmpty else { return try await PartyErrorPage.render(request, errors: errors, back: back) }
        let linked = try await identity.asyncFlatMap {
            try await BeneficiaryRepository(database: request.db).find(identity: $0)
        }
        if linked == head.id {
            return try await PartyErrorPage.render(
                request, errors: [FieldError(field: "memberIdentityNumber", message: strings[.memberIsHead])],
                back: back)
        }
        let sensitive = SensitiveData.mayRead(request.staff?.roles ?? [])
        let member = HouseholdMember(
            id: request.manarat.configuration.ids.next(), fullName: name,
            relation: form.relation.flatMap(Relation.init(rawValue:)) ?? .other,
            gender: form.memberGender.flatMap(Gender.init(rawValue:)) ?? .male, identity: identity, bornOn: bornOn,
            healthConditions: sensitive ? String((form.memberHealth ?? "").prefix(1000)) : "",
            parentageNote: sensitive ? String((form.parentageNote ?? "").prefix(1000)) : "", beneficiaryID: linked
        )
        let now = request.now
        do {
            _ = try await request.auditedCreation(
                recordID: member.id, action: .householdMemberAdd, recordType: .beneficiary,
                auditedAs: head.id.uuidString,
                summary: "member \(member.id.uuidString.lowercased()) relation=\(member.relation.rawValue)"
                    + (linked.map { " beneficiary=\($0.uuidString.lowercased())" } ?? "")
            ) { db in
                try await HouseholdRepository(database: db).addMember(member, toHouseholdHeadedBy: head.id, at: now)
            }
        } catch HouseholdConflict.alreadyInAnotherHousehold(let other) {
            return try await PartyErrorPage.render(
                request,
                errors: [
                    FieldError(
                        field: "memberIdentityNumber", message: strings[.personInAnotherHousehold],
                        link: .init(path: StaffURL.beneficiary(other).path, label: strings[.openHeadFile]))
                ], back: back)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    func removeMember(_ request: Request) async throws -> Response {
        let head = try await BeneficiaryController().find(request)
        guard let memberID = request.parameter(.memberID, as: UUID.self) else { throw Abort(.notFound) }
        // Throwing inside the transaction rolls the audit entry back with the change that did not happen.
        try await request.audited(
            action: .householdMemberRemove, recordType: .beneficiary, recordID: head.id.uuidString,
            summary: "member \(memberID.uuidString.lowercased()) removed"
        ) { db in
            guard
                try await HouseholdRepository(database: db).removeMember(id: memberID, fromHouseholdHeadedBy: head.id)
                    != nil
            else { throw Abort(.notFound) }
        }
        return request.redirect(to: StaffURL.beneficiary(head.id).path + "?saved=1", redirectType: .normal)
    }
}
