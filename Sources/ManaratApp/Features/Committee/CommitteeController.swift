import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The research committee (لجنة البحث): its queue ordered by due day, meetings with the members
/// present, each member's vote, the decision with its reasons, and printable minutes.
struct CommitteeController {
    func queue(_ request: Request) async throws -> Response {
        let queue = try await RequestRepository(database: request.db).list(
            RequestFilter(statuses: [.atCommittee], byDueDay: true), page: 1, perPage: 200
        ).rows
        let meetings = try await CommitteeRepository(database: request.db).all(limit: 30)
        let types = Dictionary(
            uniqueKeysWithValues: try await RequestTypeRepository(database: request.db).types().map {
                ($0.id, $0.name(in: request.language))
            })
        let context = PageContext(request: request)
        let strings = context.strings
        let mayOrganize = Access.staff(CommitteeRoutes.organizers).admits(request.staff)
        let html = Layout.render(
            title: strings[.committeeTitle], context: context,
            content: .group(
                .h1(.text(strings[.committeeTitle])),
                .h2(.text(strings[.committeeQueue])),
                .if(queue.isEmpty, .p(.class("card"), .text(strings[.requestsEmpty]))),
                .if(
                    !queue.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.requestReference], strings[.fullName], strings[.requestType],
                            strings[.expectedResponse],
                        ],
                        rows: queue.map { row in
                            [
                                .a(
                                    .href(StaffURL.request(row.request.id).path),
                                    .span(.class("ltr nowrap"), .text(row.request.reference))),
                                .text(row.beneficiaryName), .text(types[row.request.typeID] ?? ""),
                                RequestBadges.due(row.request, context: context),
                            ]
                        })),
                .if(
                    mayOrganize,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(StaffURL.meetingNew.path), .text(strings[.meetingNewTitle])))),
                .h2(.text(strings[.meetingsTitle])),
                .ul(
                    .class("timeline"),
                    .forEach(meetings) { meeting in
                        .li(
                            .a(
                                .href(StaffURL.meeting(meeting.id).path),
                                .text(
                                    strings.format(.meetingNumber, ["number": strings.number(meeting.number)]) + " — "
                                        + context.dates.dual(meeting.heldOn))))
                    })
            ))
        return .html(html)
    }

    struct MeetingForm: Content {
        var heldOn: String?
        var heldOnCalendar: String?
        var location: String?
        var members: [String]?
        var requests: [String]?
    }

    func showNew(_ request: Request) async throws -> Response {
        try await renderNew(request, form: MeetingForm(), errors: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(MeetingForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let heldOn = FormDay.read(
            form.heldOn, calendar: form.heldOnCalendar, field: "heldOn", required: true, strings: strings,
            errors: &errors)
        let committee = try await StaffRepository(database: request.db).all().filter {
            $0.isActive && $0.roles.contains(.committee)
        }
        let members = (form.members ?? []).compactMap(UUID.init(uuidString:)).filter { id in
            committee.contains { $0.id == id }
        }
        let quorum = try await WorkingCalendarRepository(database: request.db).integerSetting(
            RequestWorkflow.quorumKey, fallback: RequestWorkflow.defaultQuorum)
        if members.count < quorum {
            errors.append(
                FieldError(field: "members", message: strings.format(.quorumNotMet, ["quorum": strings.number(quorum)]))
            )
        }
        let queue = try await RequestRepository(database: request.db).list(
            RequestFilter(statuses: [.atCommittee]), page: 1, perPage: 500
        ).rows.map(\.request.id)
        let agenda = (form.requests ?? []).compactMap(UUID.init(uuidString:)).filter(queue.contains)
        if agenda.isEmpty { errors.append(FieldError(field: "requests", message: strings[.agendaRequired])) }
        guard errors.isEmpty, let heldOn else {
            return try await renderNew(request, form: form, errors: errors, status: .unprocessableEntity)
        }
        let id = request.manarat.configuration.ids.next()
        let now = request.now
        let staffID = request.staff?.id
        let location = String((form.location ?? "").prefix(200))
        try await request.audited(
            action: .committeeMeetingCreate, recordType: .meeting, recordID: id.uuidString,
            summary: "meeting on \(heldOn), \(members.count) present, \(agenda.count) requests"
        ) { db in
            _ = try await CommitteeRepository(database: db).create(
                id: id, heldOn: heldOn, location: location, quorum: quorum, memberIDs: members, requestIDs: agenda,
                createdBy: staffID, at: now)
        }
        return request.redirect(to: StaffURL.meeting(id).path, redirectType: .normal)
    }

    private func renderNew(_ request: Request, form: MeetingForm, errors: [FieldError], status: HTTPResponseStatus)
        async throws -> Response
    {
        let committee = try await StaffRepository(database: request.db).all().filter {
            $0.isActive && $0.roles.contains(.committee)
        }
        let queue = try await RequestRepository(database: request.db).list(
            RequestFilter(statuses: [.atCommittee], byDueDay: true), page: 1, perPage: 500
        ).rows
        let context = PageContext(request: request)
        let strings = context.strings
        let html = Layout.render(
            title: strings[.meetingNewTitle], context: context,
            content: .div(
                .class("card"),
                .h1(.text(strings[.meetingNewTitle])),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.meetingNew.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.date(
                        name: "heldOn", label: strings[.meetingDate], value: form.heldOn, calendar: form.heldOnCalendar,
                        errors: errors, strings: strings),
                    FormFields.text(
                        name: "location", label: strings[.meetingLocation], value: form.location, errors: errors),
                    FormFields.checkboxes(
                        name: "members", legend: strings[.membersPresent],
                        options: committee.map { (value: $0.id.uuidString.lowercased(), label: $0.displayName) },
                        checked: Set(form.members ?? []), errors: errors),
                    FormFields.checkboxes(
                        name: "requests", legend: strings[.agenda],
                        options: queue.map {
                            (
                                value: $0.request.id.uuidString.lowercased(),
                                label: $0.request.reference + " — " + $0.beneficiaryName
                                    + Self.dueNote($0.request, context: context)
                            )
                        }, checked: Set(form.requests ?? queue.map { $0.request.id.uuidString.lowercased() }),
                        errors: errors),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.committee.path), .text(strings[.cancel])))
                )
            ))
        return .html(html, status: status)
    }

    /// " — متأخر ٣ أيام" or " — يستحق في …": the agenda is chosen with the due dates in view.
    static func dueNote(_ request: SupportRequest, context: PageContext) -> String {
        guard let expected = request.expectedResponseOn else { return "" }
        let strings = context.strings
        if expected < context.today {
            return " — " + strings.format(.overdueDays, ["days": strings.days(expected.days(until: context.today))])
        }
        return " — " + strings[.dueOn] + ": " + context.dates.dual(expected)
    }

    /// What the meeting page and the minutes show.
    struct MeetingView {
        var meeting: CommitteeMeeting
        var members: [StaffMember]
        var items: [(file: RequestFile, votes: [CastVote])]
    }

    private func loadMeeting(_ request: Request) async throws -> MeetingView {
        guard let id = request.parameter(.meetingID, as: UUID.self),
            let meeting = try await CommitteeRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        let staff = try await StaffRepository(database: request.db).all()
        let votes = try await CommitteeRepository(database: request.db).votes(meetingID: id)
        var items: [(file: RequestFile, votes: [CastVote])] = []
        for requestID in meeting.requestIDs {
            let file = try await request.requestWorkflow.load(requestID)
            items.append((file, votes.filter { $0.requestID == requestID }))
        }
        return MeetingView(
            meeting: meeting, members: meeting.memberIDs.compactMap { id in staff.first { $0.id == id } }, items: items)
    }

    func show(_ request: Request) async throws -> Response {
        try await renderMeeting(request, errors: [], status: .ok)
    }

    private func renderMeeting(_ request: Request, errors: [FieldError], status: HTTPResponseStatus) async throws
        -> Response
    {
        let view = try await loadMeeting(request)
        let html = MeetingPage.render(
            view, context: PageContext(request: request), staffID: request.staff?.id,
            isMember: request.staff.map { view.meeting.memberIDs.contains($0.id) } ?? false, errors: errors)
        return .html(html, status: status)
    }

    struct VoteForm: Content {
        var requestID: String?
        var vote: String?
        var comment: String?
    }

    func vote(_ request: Request) async throws -> Response {
        let view = try await loadMeeting(request)
        let form = try request.content.decode(VoteForm.self)
        let strings = request.strings
        guard let staff = request.staff, let requestID = form.requestID.flatMap(UUID.init(uuidString:)),
            let item = view.items.first(where: { $0.file.request.id == requestID }),
            let vote = form.vote.flatMap(Vote.init(rawValue:))
        else { throw Abort(.badRequest) }
        guard view.meeting.memberIDs.contains(staff.id) else {
            return try await renderMeeting(
                request, errors: [FieldError(field: "vote", message: strings[.notMeetingMember])], status: .forbidden)
        }
        guard item.file.request.status == .atCommittee else {
            return try await renderMeeting(
                request, errors: [FieldError(field: "vote", message: strings[.actionNotAllowedNow])],
                status: .unprocessableEntity)
        }
        do {
            try await request.requestWorkflow.guardConflict(item.file, staff: staff, action: "vote")
        } catch let refusal as ConflictRefusal {
            return try await renderMeeting(
                request,
                errors: [
                    FieldError(
                        field: "vote",
                        message: RequestProblem(refusal).map { RequestText(strings: strings).problem($0) } ?? "")
                ],
                status: .forbidden)
        }
        let cast = CastVote(
            staffID: staff.id, requestID: requestID, vote: vote, comment: String((form.comment ?? "").prefix(1000)),
            castAt: request.now)
        let meetingID = view.meeting.id
        try await request.audited(
            action: .committeeVote, recordType: .request, recordID: requestID.uuidString,
            summary: "\(item.file.request.reference): \(vote.rawValue) at meeting \(view.meeting.number)"
        ) { db in
            try await CommitteeRepository(database: db).cast(cast, meetingID: meetingID)
        }
        return request.redirect(to: StaffURL.meeting(meetingID).path, redirectType: .normal)
    }

    struct DecisionForm: Content {
        var requestID: String?
        var service: String?
        var amount: String?
        var quantity: String?
        var reasons: [String]?
        var note: String?
    }

    func decide(_ request: Request) async throws -> Response {
        let view = try await loadMeeting(request)
        let form = try request.content.decode(DecisionForm.self)
        let strings = request.strings
        guard let staff = request.staff, let requestID = form.requestID.flatMap(UUID.init(uuidString:)),
            let item = view.items.first(where: { $0.file.request.id == requestID })
        else { throw Abort(.badRequest) }
        guard view.meeting.memberIDs.contains(staff.id) else {
            return try await renderMeeting(
                request, errors: [FieldError(field: "decision", message: strings[.notMeetingMember])],
                status: .forbidden)
        }
        // Members related to the applicant cannot vote, so they count neither toward the quorum nor
        // among those the decision waits for; every other member present must have voted.
        var eligible: [UUID] = []
        for memberID in view.meeting.memberIDs {
            let declaration = try await ConflictRepository(database: request.db).declaration(of: memberID)
            if ConflictOfInterest.conflict(
                of: declaration, applicantIdentity: item.file.beneficiary.identity.value,
                householdIdentities: item.file.householdIdentities, requestOwnerStaffID: nil) == nil
            {
                eligible.append(memberID)
            }
        }
        let voted = Set(item.votes.map(\.staffID))
        let waitingFor = eligible.filter { !voted.contains($0) }
        if !waitingFor.isEmpty, eligible.count >= view.meeting.quorum {
            let names = view.members.filter { waitingFor.contains($0.id) }.map(\.displayName).joined(
                separator: strings.listSeparator)
            return try await renderMeeting(
                request,
                errors: [FieldError(field: "decision", message: strings.format(.votesMissing, ["names": names]))],
                status: .unprocessableEntity)
        }
        let outcome = Committee.outcome(
            votes: item.votes.filter { eligible.contains($0.staffID) }.map(\.vote), present: eligible.count,
            quorum: view.meeting.quorum)
        var errors: [FieldError] = []
        let reasons = (form.reasons ?? []).compactMap(RejectionReason.init(rawValue:))
        let note = (form.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let service = form.service.flatMap(ServiceKind.init(rawValue:))
        let amount = Money.parse(form.amount ?? "") ?? .zero
        switch outcome {
        case .noQuorum:
            errors.append(
                FieldError(
                    field: "decision",
                    message: strings.format(.quorumNotMet, ["quorum": strings.number(view.meeting.quorum)])))
        case .approved:
            if service == nil { errors.append(FieldError(field: "service", message: strings[.serviceRequired])) }
        case .rejected:
            if reasons.isEmpty {
                errors.append(FieldError(field: "reasons", message: strings[.rejectionReasonRequired]))
            }
        case .deferred: break
        }
        guard errors.isEmpty else {
            return try await renderMeeting(request, errors: errors, status: .unprocessableEntity)
        }
        let event: RequestEvent = outcome == .approved ? .approve : outcome == .rejected ? .reject : .defer_
        let decision = RequestDecision(
            outcome: outcome, decidedAt: request.now, service: outcome == .approved ? service : nil,
            amount: outcome == .approved ? amount : .zero, quantity: String((form.quantity ?? "").prefix(300)),
            reasons: outcome == .rejected ? reasons : [], note: String(note.prefix(2000)), meetingID: view.meeting.id)
        do {
            try await request.requestWorkflow.apply(event, to: item.file, version: nil, note: "") { request in
                request.decision = decision
            }
        } catch {
            guard let problem = RequestProblem(error) else { throw error }
            let message = RequestText(strings: strings).problem(problem)
            return try await renderMeeting(
                request, errors: [FieldError(field: "decision", message: message)],
                status: problem.status)
        }
        return request.redirect(to: StaffURL.meeting(view.meeting.id).path, redirectType: .normal)
    }

    func minutes(_ request: Request) async throws -> Response {
        let view = try await loadMeeting(request)
        let html = MinutesPage.render(view, context: PageContext(request: request))
        return .html(html)
    }
}
