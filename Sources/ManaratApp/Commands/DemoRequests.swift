import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import SQLKit
import Vapor

/// Demo support requests spread over the past months, in every status, with Saudi holidays set,
/// so lists, queues and overdue flags have something real to show. Inserted in bulk.
enum DemoRequests {
    private static let details = [
        "تأخر سداد إيجار الشقة لثلاثة أشهر والمؤجر يطالب بالإخلاء",
        "طلب رعاية لثلاثة أيتام بعد وفاة الأب",
        "مساعدة في شراء جهاز غسيل كلوي منزلي",
        "رسوم دراسية للفصل الثاني لابنتين في المرحلة الجامعية",
        "سلة غذائية شهرية لأسرة من ستة أفراد",
        "كسوة الشتاء لخمسة أطفال",
        "دعم رسوم يتيم في المرحلة المتوسطة",
        "فاتورة كهرباء متراكمة وتهديد بفصل الخدمة",
        "علاج أسنان لطفل من ذوي الإعاقة",
        "دعم شهري مؤقت بعد فقدان العمل",
    ]

    /// Adds the holidays of the demo years: both Eids of 1447 and 1448 AH, Founding Day and National Day.
    static func seedHolidays(_ app: Application) async throws {
        var ranges: [(String, [GregorianDay])] = []
        for year in [1447, 1448] {
            if let fitr = try? UmmAlQura.hijri(year: year, month: 10, day: 1) {
                let start = UmmAlQura.gregorian(from: fitr).day.adding(days: -1)
                ranges.append(("عيد الفطر \(year)", (0..<6).map { start.adding(days: $0) }))
            }
            if let adha = try? UmmAlQura.hijri(year: year, month: 12, day: 9) {
                let start = UmmAlQura.gregorian(from: adha).day
                ranges.append(("عيد الأضحى \(year)", (0..<5).map { start.adding(days: $0) }))
            }
        }
        for year in [2026, 2027] {
            ranges.append(("يوم التأسيس", [GregorianDay(year: year, month: 2, day: 22)!]))
            ranges.append(("اليوم الوطني", [GregorianDay(year: year, month: 9, day: 23)!]))
        }
        for (name, days) in ranges {
            try await WorkingCalendarRepository(database: app.db).addHolidays(days, name: name)
        }
    }

    /// Adds `count` requests for existing beneficiaries, printing progress.
    static func seed(_ app: Application, count: Int, progress: (String) -> Void) async throws -> Int {
        let ids = app.manarat.configuration.ids
        guard count > 0 else { return 0 }
        let configuration = app.manarat.configuration
        let now = configuration.clock.now()
        let today = GregorianDay(now, timeZone: configuration.timeZone)
        let types = try await RequestTypeRepository(database: app.db).types().filter(\.isActive)
        let calendar = try await WorkingCalendarRepository(database: app.db).workingCalendar()
        let people = try await BeneficiaryModel.query(on: app.db).field(\.$id).field(\.$branchID).limit(200_000).all()
        guard !types.isEmpty, !people.isEmpty else { return 0 }
        let staff = try await StaffRepository(database: app.db).all()
        let researchers = staff.filter { $0.roles.contains(.researcher) }.map(\.id)
        let intake = staff.filter { $0.roles.contains(.relations) }.map(\.id)
        var random = SeededRandom(seed: 1446)
        let statuses: [(RequestStatus, Int)] = [
            (.draft, 4), (.incomplete, 10), (.registered, 16), (.inResearch, 14), (.atCommittee, 16), (.approved, 8),
            (.rejected, 8), (.deferred, 4), (.inDelivery, 8), (.completed, 10), (.withdrawn, 2),
        ]
        let weights = statuses.flatMap { Array(repeating: $0.0, count: $0.1) }
        var created = 0
        while created < count {
            let size = min(500, count - created)
            let batch = (0..<size).map { _ -> SupportRequest in
                let person = people[random.next(people.count)]
                let type = types[random.next(types.count)]
                let status = weights[random.next(weights.count)]
                let submitted = status == .draft ? nil : today.adding(days: -random.next(365))
                let expected = submitted.map {
                    ResponseClock.expectedResponseDay(
                        submittedOn: $0, workingDays: ResponseClock.standardWorkingDays, calendar: calendar, pauses: [],
                        today: today)
                }
                let decided: Bool = [.approved, .rejected, .deferred, .inDelivery, .completed].contains(status)
                let outcome: CommitteeOutcome =
                    status == .rejected ? .rejected : status == .deferred ? .deferred : .approved
                let amount = Money(halalas: (5 + random.next(60)) * 10_000)
                let decidedAt = expected.map {
                    $0.adding(days: -random.next(8)).startOfDay(in: configuration.timeZone).addingTimeInterval(36_000)
                }
                return SupportRequest(
                    id: ids.next(), reference: "", beneficiaryID: person.id!, typeID: type.id, status: status,
                    channel: [.interview, .website, .phone, .branchRepresentative][random.next(4)],
                    branchID: person.branchID,
                    intakeStaffID: intake.isEmpty ? nil : intake[random.next(intake.count)], fieldValues: [:],
                    details: details[random.next(details.count)] + (random.next(10) == 0 ? " — طلب كفالة عاجل" : ""),
                    amountRequested: amount,
                    submittedAt: submitted.map { $0.startOfDay(in: configuration.timeZone).addingTimeInterval(32_400) },
                    submittedOn: submitted, expectedResponseOn: expected,
                    attestation: status == .draft
                        ? nil
                        : Attestation(
                            version: Attestation.currentVersion, attestedAt: now, channel: .interview,
                            signedFormDocumentID: nil),
                    researcherID: [.inResearch, .atCommittee].contains(status) && !researchers.isEmpty
                        ? researchers[random.next(researchers.count)] : nil,
                    decision: decided
                        ? RequestDecision(
                            outcome: outcome, decidedAt: decidedAt ?? now,
                            service: outcome == .approved ? type.serviceKinds.first : nil,
                            amount: outcome == .approved ? amount : .zero, quantity: "",
                            reasons: outcome == .rejected ? [.incomeAboveThreshold] : [], note: "", meetingID: nil)
                        : nil,
                    version: 1
                )
            }
            let references = try await Counters(database: app.db).reserve("request_reference", count: batch.count)
            let hijriYear = UmmAlQura.hijri(from: today).day.year
            try await app.db.writeTransaction { db in
                let sql = db as! any SQLDatabase
                var insert = sql.insert(into: SupportRequestModel.schema).columns(
                    "id", "reference", "beneficiary_id", "request_type_id", "status", "channel", "branch_id",
                    "intake_staff_id", "field_values", "description",
                    "amount_requested", "submitted_at", "submitted_on", "expected_response_on", "attested_at",
                    "attestation_version", "attestation_channel",
                    "researcher_id", "decision", "decided_at", "decision_service", "decision_amount",
                    "decision_reasons", "decision_note", "version", "created_at", "updated_at", "awaits_decision"
                )
                var events = sql.insert(into: RequestEventModel.schema).columns(
                    "id", "request_id", "event", "from_status", "to_status", "note", "actor_name", "occurred_at")
                for (request, number) in zip(batch, references) {
                    let decision = request.decision
                    let values: [any Encodable & Sendable] = [
                        request.id, "R-\(hijriYear)-" + String(format: "%06d", number), request.beneficiaryID,
                        request.typeID, request.status.rawValue, request.channel.rawValue,
                        request.branchID, request.intakeStaffID, "{}", request.details, request.amountRequested.halalas,
                        request.submittedAt, request.submittedOn?.description,
                        request.expectedResponseOn?.description, request.attestation?.attestedAt,
                        request.attestation?.version, request.attestation?.channel.rawValue,
                        request.researcherID,
                        decision.map {
                            $0.outcome == .approved ? "approved" : $0.outcome == .rejected ? "rejected" : "deferred"
                        }, decision?.decidedAt,
                        decision?.service?.rawValue, decision?.amount.halalas,
                        decision.map { RequestRepository.json($0.reasons) }, decision?.note, 1,
                        request.submittedAt ?? now, now,
                        request.status.awaitsDecision,
                    ]
                    insert = insert.values(values.map { SQLBind($0) })
                    events = events.values([
                        SQLBind(ids.next()), SQLBind(request.id), SQLBind("create"), SQLBind(String?.none),
                        SQLBind(request.status.rawValue), SQLBind("بيانات تجريبية"), SQLBind("system"),
                        SQLBind(request.submittedAt ?? now),
                    ])
                }
                try await insert.run()
                try await events.run()
                let indexed = zip(batch, references).map { request, number in
                    var request = request
                    request.reference = "R-\(hijriYear)-" + String(format: "%06d", number)
                    return request
                }
                try await RequestRepository(database: db).indexForSearch(
                    indexed, createdAt: batch.map { $0.submittedAt ?? now })
                if batch.contains(where: { $0.status == .incomplete }) {
                    var pauses = sql.insert(into: ClockPauseModel.schema).columns("id", "request_id", "from_day")
                    for request in batch where request.status == .incomplete {
                        pauses = pauses.values([
                            SQLBind(ids.next()), SQLBind(request.id),
                            SQLBind((request.submittedOn ?? today).description),
                        ])
                    }
                    try await pauses.run()
                }
                try await AuditLog(database: db).append(
                    AuditEvent(
                        actorID: nil, actorName: "system", actingRole: nil, action: .requestSeedDemo,
                        recordType: .request, recordID: nil, summary: "\(batch.count) demo requests", clientIP: nil),
                    at: now)
            }
            created += batch.count
            progress("requests: \(created)/\(count)")
        }
        return created
    }
}
