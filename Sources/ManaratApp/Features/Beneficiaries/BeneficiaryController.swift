import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Registering, finding, reading and editing beneficiaries.
struct BeneficiaryController {
    static let perPage = 25

    func list(_ request: Request) async throws -> Response {
        let query = String(((try? request.query.get(String.self, at: "q")) ?? "").prefix(100))
        let page = max(1, min((try? request.query.get(Int.self, at: "page")) ?? 1, 10_000))
        let result = try await BeneficiaryRepository(database: request.db).search(
            query, page: page, perPage: Self.perPage, withinBranch: request.staff.flatMap(BranchScope.confinement(of:)))
        func pagePath(_ number: Int) -> String {
            StaffURL.beneficiaries.path(query: (query.isEmpty ? [] : [("q", query)]) + [("page", String(number))])
        }
        let model = BeneficiaryListPage.Model(
            query: query, rows: result.rows, page: page,
            previousPath: page > 1 ? pagePath(page - 1) : nil, nextPath: result.hasMore ? pagePath(page + 1) : nil,
            mayCreate: Access.staff(BeneficiaryRoutes.editors).admits(request.staff)
        )
        return .html(BeneficiaryListPage.render(model, context: PageContext(request: request)))
    }

    func showNew(_ request: Request) async throws -> Response {
        try await renderForm(
            request, form: BeneficiaryForm(branchID: request.staff?.branchID), id: nil, errors: [], duplicates: [],
            status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        if let earlier = try await request.earlierSubmission(of: .beneficiaryCreate) {
            return request.redirect(
                to: StaffURL.beneficiary(earlier).path(query: [("saved", "1")]), redirectType: .normal)
        }
        let form = try request.content.decode(BeneficiaryForm.self)
        let strings = request.strings
        let (categories, branches) = try await lists(request)
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        var (draft, errors) = form.validate(strings: strings, categories: categories, branches: branches, today: today)
        if form.consent != "on" {
            errors.append(FieldError(field: "consent", message: strings[.consentRequired]))
        }
        let repository = BeneficiaryRepository(database: request.db)
        if let identity = draft?.identity, let existing = try await repository.find(identity: identity) {
            // A double click: the first post may have saved it since the check above.
            if let earlier = try await request.earlierSubmission(of: .beneficiaryCreate) {
                return request.redirect(
                    to: StaffURL.beneficiary(earlier).path(query: [("saved", "1")]), redirectType: .normal)
            }
            errors.append(
                FieldError(
                    field: "identityNumber", message: strings[.identityTaken],
                    link: .init(path: StaffURL.beneficiary(existing).path, label: strings[.openExistingFile])))
        }
        guard let draft, errors.isEmpty else {
            return try await renderForm(
                request, form: form, id: nil, errors: errors, duplicates: [], status: .unprocessableEntity)
        }
        let fingerprint = PersonFingerprint(fullName: draft.name.full, bornOn: draft.bornOn, phones: draft.phones)
        let duplicates = try await repository.possibleDuplicates(of: fingerprint, excluding: nil)
        let reviewed = Set((form.reviewedIDs ?? []).compactMap(UUID.init(uuidString:)))
        if !duplicates.isEmpty,
            form.duplicatesReviewed != "on" || !Set(duplicates.map(\.summary.id)).isSubset(of: reviewed)
        {
            // Staff see who this might be before anything is saved, and must say it is someone else.
            return try await renderForm(request, form: form, id: nil, errors: [], duplicates: duplicates, status: .ok)
        }
        let id = request.manarat.configuration.ids.next()
        let now = request.now
        let staffID = request.staff?.id
        let consent = ConsentRecord(
            noticeVersion: PrivacyNotice.currentVersion,
            channel: form.consentChannel.flatMap(ContactChannel.init(rawValue:)) ?? .interview, staffID: staffID,
            givenAt: now)
        let duplicateScores = duplicates.map { ($0.summary.id, $0.match.score) }
        let saved: UUID
        do {
            saved = try await request.auditedCreation(
                recordID: id, action: .beneficiaryCreate, recordType: .beneficiary,
                summary:
                    "identity=\(draft.identity!.type.rawValue) consent=\(PrivacyNotice.currentVersion) via \(consent.channel.rawValue); not a duplicate of \(duplicateScores.count) candidate(s)"
            ) { db in
                let repository = BeneficiaryRepository(database: db)
                let fileNumber = try await repository.nextFileNumber()
                try await repository.create(
                    draft.beneficiary(id: id, fileNumber: fileNumber, version: 1), consent: consent, at: now)
                for (otherID, score) in duplicateScores {
                    try await repository.recordDuplicateDecision(
                        beneficiaryID: id, otherID: otherID, isDuplicate: false, score: score, decidedBy: staffID,
                        at: now)
                }
            }
        } catch RegistryConflict.identityTaken(let existing) {
            let error = FieldError(
                field: "identityNumber", message: strings[.identityTaken],
                link: .init(path: StaffURL.beneficiary(existing).path, label: strings[.openExistingFile]))
            return try await renderForm(
                request, form: form, id: nil, errors: [error], duplicates: [], status: .conflict)
        }
        return request.redirect(to: StaffURL.beneficiary(saved).path(query: [("saved", "1")]), redirectType: .normal)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let beneficiary = try await find(request)
        return try await renderForm(
            request, form: BeneficiaryForm(beneficiary), id: beneficiary.id, errors: [], duplicates: [], status: .ok)
    }

    func update(_ request: Request) async throws -> Response {
        let existing = try await find(request)
        let form = try request.content.decode(BeneficiaryForm.self)
        let strings = request.strings
        let (categories, branches) = try await lists(request)
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        var (draft, errors) = form.validate(strings: strings, categories: categories, branches: branches, today: today)
        if !SensitiveData.mayRead(request.staff?.roles ?? []) { draft?.healthConditions = existing.healthConditions }
        guard let draft, errors.isEmpty else {
            return try await renderForm(
                request, form: form, id: existing.id, errors: errors, duplicates: [], status: .unprocessableEntity)
        }
        let updated = draft.beneficiary(id: existing.id, fileNumber: existing.fileNumber, version: form.version ?? 0)
        let now = request.now
        let changed = Self.changedFields(existing, updated)
        do {
            try await request.audited(
                action: .beneficiaryUpdate, recordType: .beneficiary, recordID: existing.id.uuidString,
                summary: "changed: " + (changed.isEmpty ? "nothing" : changed.joined(separator: ", "))
            ) { db in
                try await BeneficiaryRepository(database: db).update(updated, at: now)
            }
        } catch RegistryConflict.changedBySomeoneElse {
            errors = [
                FieldError(
                    field: "version", message: strings[.changedBySomeoneElse],
                    link: .init(path: StaffURL.beneficiaryEdit(existing.id).path, label: strings[.reloadLatest]))
            ]
            return try await renderForm(
                request, form: form, id: existing.id, errors: errors, duplicates: [], status: .conflict)
        } catch RegistryConflict.identityTaken(let other) {
            errors = [
                FieldError(
                    field: "identityNumber", message: strings[.identityTaken],
                    link: .init(path: StaffURL.beneficiary(other).path, label: strings[.openExistingFile]))
            ]
            return try await renderForm(
                request, form: form, id: existing.id, errors: errors, duplicates: [], status: .conflict)
        }
        return request.redirect(
            to: StaffURL.beneficiary(existing.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    /// Everything that happened with a beneficiary, newest first: contacts, every step of their
    /// requests, services delivered and the messages sent to them (the portal inbox copy aside).
    static func history(
        beneficiary: Beneficiary, contacts: [Contact], requests: [RequestSummary], strings: Strings,
        database: any Database
    ) async throws -> [BeneficiaryFilePage.HistoryItem] {
        var items = contacts.map {
            BeneficiaryFilePage.HistoryItem(
                at: $0.occurredAt, title: strings.channel($0.channel) + " — " + strings.direction($0.direction),
                detail: $0.summary, link: nil)
        }
        for row in requests {
            let link = StaffURL.request(row.request.id).path
            for event in try await RequestTimelineRepository(database: database).events(of: row.request.id) {
                items.append(
                    .init(
                        at: event.occurredAt,
                        title: row.request.reference + " — " + strings.requestStatus(event.toStatus),
                        detail: event.note, link: link))
            }
            for delivery in try await DeliveryRepository(database: database).deliveries(of: row.request.id) {
                guard let deliveredAt = delivery.deliveredAt else { continue }
                let amount = delivery.amount.halalas > 0 ? " — " + strings.money(delivery.amount) : ""
                items.append(
                    .init(
                        at: deliveredAt,
                        title: row.request.reference + " — " + strings.serviceKind(delivery.kind) + amount,
                        detail: delivery.acknowledgement, link: link))
            }
        }
        for message in try await OutboxRepository(database: database).messages(toRecipient: beneficiary.id, limit: 100)
        {
            items.append(
                .init(
                    at: message.sentAt ?? message.createdAt,
                    title: strings.notificationChannel(message.channel) + " — "
                        + strings.notificationEvent(message.event) + " — " + strings.outboxStatus(message.status),
                    detail: message.body, link: nil))
        }
        return items.sorted { $0.at > $1.at }
    }

    func file(_ request: Request) async throws -> Response {
        let beneficiary = try await find(request)
        let db = request.db
        let mayReadSensitive = SensitiveData.mayRead(request.staff?.roles ?? [])
        // Reading a file is recorded: who looked at whom.
        try await request.audited(
            action: .beneficiaryView, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: mayReadSensitive ? "file opened with sensitive fields" : "file opened without sensitive fields"
        ) { _ in }
        let categories = try await CategoryRepository(database: db).all()
        let branches = try await BranchRepository(database: db).all()
        let household = try await HouseholdRepository(database: db).household(headedBy: beneficiary.id)
        let memberOf = try await HouseholdRepository(database: db).householdHead(containingMember: beneficiary.id)
        let assessments = try await AssessmentRepository(database: db).history(of: beneficiary.id)
        let contacts = try await ContactRepository(database: db).contacts(of: .beneficiary, id: beneficiary.id)
        let consent = try await BeneficiaryRepository(database: db).consent(of: beneficiary.id)
        let decided = Set(
            try await BeneficiaryRepository(database: db).duplicateDecisions(of: beneficiary.id).map(\.otherID))
        let duplicates = try await BeneficiaryRepository(database: db).possibleDuplicates(
            of: PersonFingerprint(
                fullName: beneficiary.name.full, bornOn: beneficiary.bornOn, phones: beneficiary.phones),
            excluding: beneficiary.id
        )
        .filter { !decided.contains($0.summary.id) }
        let staffNames = Dictionary(
            uniqueKeysWithValues: try await StaffRepository(database: db).all().map { ($0.id, $0.displayName) })
        let staff = request.staff
        let requests = try await RequestRepository(database: db).list(
            RequestFilter(beneficiaryID: beneficiary.id), page: 1, perPage: 50
        ).rows
        let typeNames = Dictionary(
            uniqueKeysWithValues: try await RequestTypeRepository(database: db).types().map {
                ($0.id, $0.name(in: request.language))
            })
        let history = try await Self.history(
            beneficiary: beneficiary, contacts: contacts, requests: requests, strings: request.strings, database: db)
        var model = BeneficiaryFilePage.Model(
            beneficiary: beneficiary,
            categories: categories.filter { beneficiary.categoryIDs.contains($0.id) },
            branchName: branches.first { $0.id == beneficiary.branchID }?.name(in: request.language),
            household: household,
            memberOfHouseholdHeadedBy: memberOf,
            assessments: assessments,
            contacts: contacts.map { contact in
                let branch = contact.branchID.flatMap { id in branches.first { $0.id == id }?.name(in: request.language)
                }
                return (
                    contact,
                    [contact.staffID.flatMap { staffNames[$0] }, branch].compactMap { $0 }.joined(separator: " — ")
                )
            },
            consent: consent,
            duplicates: duplicates,
            mayReadSensitive: mayReadSensitive,
            mayEdit: Access.staff(BeneficiaryRoutes.editors).admits(staff),
            mayRecordContacts: Access.staff(ContactRoutes.recorders).admits(staff),
            saved: (try? request.query.get(String.self, at: "saved")) == "1",
            errors: []
        )
        model.requests = requests
        model.requestTypeNames = typeNames
        model.mayCreateRequest = Access.staff(RequestRoutes.intake).admits(staff)
        model.researchers = try await StaffRepository(database: db).all().filter {
            $0.isActive && $0.roles.contains(.researcher)
        }
        model.proposals = try await HouseholdProposalRepository(database: db).proposals(of: beneficiary.id)
        model.history = history
        model.branches = branches
        return .html(BeneficiaryFilePage.render(model, context: PageContext(request: request)))
    }

    struct DuplicateForm: Content {
        var otherID: String?
        var decision: String?
    }

    func decideDuplicate(_ request: Request) async throws -> Response {
        let beneficiary = try await find(request)
        let form = try request.content.decode(DuplicateForm.self)
        guard let otherID = form.otherID.flatMap(UUID.init(uuidString:)), otherID != beneficiary.id,
            let other = try await BeneficiaryRepository(database: request.db).find(id: otherID),
            let decision = form.decision, ["linked", "notDuplicate"].contains(decision)
        else {
            throw Abort(.badRequest)
        }
        let match = DuplicateCheck.match(
            PersonFingerprint(fullName: beneficiary.name.full, bornOn: beneficiary.bornOn, phones: beneficiary.phones),
            against: PersonFingerprint(fullName: other.name.full, bornOn: other.bornOn, phones: other.phones)
        )
        let now = request.now
        let staffID = request.staff?.id
        try await request.audited(
            action: .beneficiaryDuplicateDecision, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: "\(decision) with \(other.fileNumber) (score \(match?.score ?? 0))"
        ) { db in
            try await BeneficiaryRepository(database: db).recordDuplicateDecision(
                beneficiaryID: beneficiary.id, otherID: otherID, isDuplicate: decision == "linked",
                score: match?.score ?? 0, decidedBy: staffID, at: now)
        }
        return request.redirect(
            to: StaffURL.beneficiary(beneficiary.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    func find(_ request: Request) async throws -> Beneficiary {
        guard let id = request.parameter(.beneficiaryID, as: UUID.self),
            let beneficiary = try await BeneficiaryRepository(database: request.db).find(id: id)
        else {
            throw Abort(.notFound)
        }
        return beneficiary
    }

    private func lists(_ request: Request) async throws -> ([BeneficiaryCategory], [Branch]) {
        (
            try await CategoryRepository(database: request.db).all(),
            try await BranchRepository(database: request.db).all()
        )
    }

    private func renderForm(
        _ request: Request, form: BeneficiaryForm, id: UUID?, errors: [FieldError],
        duplicates: [(summary: BeneficiarySummary, match: DuplicateMatch)], status: HTTPResponseStatus
    ) async throws -> Response {
        let (categories, branches) = try await lists(request)
        let model = BeneficiaryFormPage.Model(
            id: id, form: form,
            categories: categories.filter {
                $0.isActive || (form.categories ?? []).contains($0.id.uuidString.lowercased())
            },
            branches: branches, errors: errors, duplicates: duplicates,
            mayEditSensitive: SensitiveData.mayRead(request.staff?.roles ?? [])
        )
        return .html(BeneficiaryFormPage.render(model, context: PageContext(request: request)), status: status)
    }

    /// The names of the fields that differ, for the audit summary; values are not logged.
    static func changedFields(_ before: Beneficiary, _ after: Beneficiary) -> [String] {
        var fields: [String] = []
        if before.name != after.name { fields.append("name") }
        if before.latinName != after.latinName { fields.append("latinName") }
        if before.identity != after.identity { fields.append("identity") }
        if before.identityExpiresOn != after.identityExpiresOn { fields.append("identityExpiresOn") }
        if before.nationality != after.nationality { fields.append("nationality") }
        if before.gender != after.gender { fields.append("gender") }
        if before.bornOn != after.bornOn { fields.append("bornOn") }
        if before.maritalStatus != after.maritalStatus { fields.append("maritalStatus") }
        if before.phones != after.phones { fields.append("phones") }
        if (before.city, before.district, before.address, before.nationalAddressCode) != (
            after.city, after.district, after.address, after.nationalAddressCode
        ) {
            fields.append("address")
        }
        if before.incomeSources != after.incomeSources { fields.append("incomeSources") }
        if before.healthConditions != after.healthConditions { fields.append("healthConditions") }
        if (before.preferredLanguage, before.preferredChannel) != (after.preferredLanguage, after.preferredChannel) {
            fields.append("preferences")
        }
        if before.branchID != after.branchID { fields.append("branch") }
        if before.categoryIDs != after.categoryIDs { fields.append("categories") }
        return fields
    }
}
