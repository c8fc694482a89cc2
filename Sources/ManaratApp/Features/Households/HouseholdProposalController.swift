import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Beneficiaries propose changes to their household in the portal; staff review each one and,
/// when they approve it, the change is made through the same household rules as at the desk.
struct HouseholdProposalController {
    func show(_ request: Request) async throws -> Response {
        guard let id = request.signedInBeneficiary?.id else { throw Abort(.unauthorized) }
        return try await render(request, beneficiaryID: id, errors: [], status: .ok)
    }

    func propose(_ request: Request) async throws -> Response {
        guard let beneficiaryID = request.signedInBeneficiary?.id else { throw Abort(.unauthorized) }
        let strings = request.strings
        let kind = (try? request.content.get(String.self, at: "kind")) ?? "add"
        var errors: [FieldError] = []
        var proposal = HouseholdProposal(
            id: request.manarat.configuration.ids.next(), beneficiaryID: beneficiaryID,
            kind: kind == "remove" ? "remove" : "add", memberName: "", relation: .other, gender: .male,
            identityNumber: nil, bornOn: nil, memberID: nil,
            note: String(((try? request.content.get(String.self, at: "note")) ?? "").prefix(1000)), status: .pending,
            decisionNote: "", createdAt: request.now)
        if proposal.kind == "remove" {
            let household = try await HouseholdRepository(database: request.db).household(headedBy: beneficiaryID)
            guard
                let memberID = (try? request.content.get(String.self, at: "memberID")).flatMap(UUID.init(uuidString:)),
                let member = household?.members.first(where: { $0.id == memberID })
            else { throw Abort(.notFound) }
            proposal.memberID = member.id
            proposal.memberName = member.fullName
            proposal.relation = member.relation
        } else {
            let name = ((try? request.content.get(String.self, at: "memberName")) ?? "").trimmingCharacters(
                in: .whitespacesAndNewlines)
            if name.isEmpty || name.count > 120 {
                errors.append(
                    FieldError(
                        field: "memberName", message: strings.format(.fieldRequiredNamed, ["field": strings[.fullName]])
                    ))
            }
            proposal.memberName = name
            proposal.relation =
                (try? request.content.get(String.self, at: "relation")).flatMap(Relation.init(rawValue:)) ?? .other
            proposal.gender =
                (try? request.content.get(String.self, at: "memberGender")).flatMap(Gender.init(rawValue:)) ?? .male
            if let typed = try? request.content.get(String.self, at: "memberIdentityNumber"),
                !typed.trimmingCharacters(in: .whitespaces).isEmpty
            {
                let digits = Digits.latinized(typed).filter { !$0.isWhitespace }
                switch IdentityNumber.parse(digits, type: digits.hasPrefix("2") ? .iqama : .nationalID) {
                case .success(let value): proposal.identityNumber = value.value
                case .failure(let problem):
                    errors.append(
                        FieldError(
                            field: "memberIdentityNumber", message: IdentityMessages.message(problem, strings: strings))
                    )
                }
            }
            proposal.bornOn = FormDay.read(
                try? request.content.get(String.self, at: "memberBornOn"),
                calendar: try? request.content.get(String.self, at: "memberBornOnCalendar"), field: "memberBornOn",
                required: false, strings: strings, errors: &errors)
        }
        guard errors.isEmpty else {
            return try await render(request, beneficiaryID: beneficiaryID, errors: errors, status: .unprocessableEntity)
        }
        let stored = proposal
        try await request.audited(
            action: .householdPropose, recordType: .beneficiary, recordID: beneficiaryID.uuidString,
            summary: "proposed to \(stored.kind) a household member (\(stored.relation.rawValue))"
        ) { db in
            try await HouseholdProposalRepository(database: db).add(stored)
        }
        return request.redirect(to: PortalURL.household.path, redirectType: .normal)
    }

    func decide(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.proposalID, as: UUID.self),
            let proposal = try await HouseholdProposalRepository(database: request.db).find(id: id),
            proposal.status == .pending
        else { throw Abort(.notFound) }
        let approved = (try? request.content.get(String.self, at: "decision")) == "approve"
        let note = String(((try? request.content.get(String.self, at: "decisionNote")) ?? "").prefix(1000))
        let back = StaffURL.beneficiary(proposal.beneficiaryID).path
        let now = request.now
        let staffID = request.staff?.id
        let sensitive = SensitiveData.mayRead(request.staff?.roles ?? [])
        do {
            try await request.audited(
                action: approved ? .householdProposalApprove : .householdProposalReject, recordType: .beneficiary,
                recordID: proposal.beneficiaryID.uuidString,
                summary: "\(proposal.kind) member (\(proposal.relation.rawValue))"
            ) { db in
                if approved {
                    let households = HouseholdRepository(database: db)
                    if proposal.kind == "remove", let memberID = proposal.memberID {
                        _ = try await households.removeMember(
                            id: memberID, fromHouseholdHeadedBy: proposal.beneficiaryID)
                    } else {
                        let identity = proposal.identityNumber.map {
                            IdentityNumber(storedType: $0.hasPrefix("2") ? .iqama : .nationalID, value: $0)
                        }
                        let linked = try await identity.asyncFlatMap {
                            try await BeneficiaryRepository(database: db).find(identity: $0)
                        }
                        try await households.addMember(
                            HouseholdMember(
                                id: request.newID(), fullName: proposal.memberName, relation: proposal.relation,
                                gender: proposal.gender, identity: identity, bornOn: proposal.bornOn,
                                healthConditions: "", parentageNote: "", beneficiaryID: linked),
                            toHouseholdHeadedBy: proposal.beneficiaryID, at: now)
                    }
                }
                _ = sensitive
                _ = try await HouseholdProposalRepository(database: db).decide(
                    id: proposal.id, approved: approved, note: note, by: staffID, at: now)
            }
        } catch HouseholdConflict.alreadyInAnotherHousehold(let other) {
            return try await PartyErrorPage.render(
                request,
                errors: [
                    FieldError(
                        field: "decision", message: request.strings[.personInAnotherHousehold],
                        link: .init(path: StaffURL.beneficiary(other).path, label: request.strings[.openHeadFile]))
                ], back: back)
        }
        return request.redirect(to: back + "?saved=1", redirectType: .normal)
    }

    private func render(_ request: Request, beneficiaryID: UUID, errors: [FieldError], status: HTTPResponseStatus)
        async throws -> Response
    {
        let household = try await HouseholdRepository(database: request.db).household(headedBy: beneficiaryID)
        let proposals = try await HouseholdProposalRepository(database: request.db).proposals(of: beneficiaryID)
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.portalHouseholdTitle], context: context,
                content: .group(
                    .h1(.text(strings[.portalHouseholdTitle])),
                    .p(.text(strings[.portalHouseholdIntro])),
                    .section(
                        .class("card"),
                        .h2(.text(strings[.sectionHousehold])),
                        .if(household?.members.isEmpty ?? true, .p(.class("muted"), .text(strings[.noHousehold]))),
                        .ul(
                            .forEach(household?.members ?? []) { member in
                                .li(
                                    .text(member.fullName + " — " + strings.relation(member.relation) + " "),
                                    .form(
                                        .method(.post), .action(PortalURL.household.path), .class("inline-form"),
                                        Layout.csrfField(context.csrfToken),
                                        .input(.type(.hidden), .name("kind"), .value("remove")),
                                        .input(
                                            .type(.hidden), .name("memberID"), .value(member.id.uuidString.lowercased())
                                        ),
                                        .button(.type(.submit), .class("link-button"), .text(strings[.proposeRemoval])))
                                )
                            })),
                    .section(
                        .class("card"),
                        .h2(.text(strings[.proposeAddition])),
                        FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                        .form(
                            .method(.post), .action(PortalURL.household.path),
                            Layout.csrfField(context.csrfToken),
                            .input(.type(.hidden), .name("kind"), .value("add")),
                            FormFields.text(
                                name: "memberName", label: strings[.fullName], value: nil, errors: errors,
                                required: true),
                            FormFields.select(
                                name: "relation", label: strings[.relation],
                                options: Relation.allCases.map { (value: $0.rawValue, label: strings.relation($0)) },
                                selected: nil, errors: errors),
                            FormFields.select(
                                name: "memberGender", label: strings[.gender],
                                options: Gender.allCases.map { (value: $0.rawValue, label: strings.gender($0)) },
                                selected: nil, errors: errors),
                            FormFields.text(
                                name: "memberIdentityNumber", label: strings[.identityNumber], value: nil,
                                errors: errors, direction: "ltr"),
                            FormFields.date(
                                name: "memberBornOn", label: strings[.bornOn], value: nil, calendar: "hijri",
                                errors: errors, strings: strings),
                            FormFields.textArea(
                                name: "note", label: strings[.notes], value: nil, errors: errors, rows: 2),
                            .button(.type(.submit), .text(strings[.send])))),
                    .if(
                        !proposals.isEmpty,
                        .section(
                            .class("card"),
                            .h2(.text(strings[.myProposals])),
                            .ul(
                                .forEach(proposals) { proposal in
                                    .li(
                                        .text(
                                            (proposal.kind == "add"
                                                ? strings[.proposeAddition] : strings[.proposeRemoval]) + ": "
                                                + proposal.memberName + " — " + strings.proposalStatus(proposal.status)
                                                + (proposal.decisionNote.isEmpty ? "" : " — " + proposal.decisionNote)))
                                })))
                )), status: status)
    }
}
