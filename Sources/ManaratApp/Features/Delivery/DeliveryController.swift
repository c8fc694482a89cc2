import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Delivering the approved service: one record, or a monthly schedule whose every instalment is
/// its own record, each marked delivered with the beneficiary's acknowledgement.
struct DeliveryController {
    struct ScheduleForm: Content {
        var version: Int?
        var kind: String?
        var amount: String?
        var method: String?
        var iban: String?
        var items: String?
        var referralTo: String?
        var firstDue: String?
        var firstDueCalendar: String?
        var instalments: String?
    }

    struct DeliveredForm: Content {
        var reference: String?
        var acknowledgement: String?
    }

    func schedule(_ request: Request) async throws -> Response {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try RequestController().requestID(request))
        let form = try request.content.decode(ScheduleForm.self)
        let strings = request.strings
        guard [.approved, .inDelivery].contains(file.request.status) else {
            return try await RequestPage.respond(
                request, file: file, errors: [FieldError(field: "kind", message: strings[.actionNotAllowedNow])],
                status: .unprocessableEntity)
        }
        var errors: [FieldError] = []
        guard let kind = form.kind.flatMap(ServiceKind.init(rawValue:)) else { throw Abort(.badRequest) }
        let amount = Money.parse(form.amount ?? "") ?? .zero
        if kind == .cash, amount == .zero {
            errors.append(FieldError(field: "amount", message: strings[.amountInvalid]))
        }
        let method = kind == .cash ? form.method.flatMap(PaymentMethod.init(rawValue:)) : nil
        if kind == .cash, method == nil {
            errors.append(FieldError(field: "method", message: strings[.paymentMethodRequired]))
        }
        var iban: IBAN?
        if method == .bankTransfer {
            switch IBAN.parse(form.iban ?? "") {
            case .success(let value): iban = value
            case .failure(.empty): errors.append(FieldError(field: "iban", message: strings[.ibanRequired]))
            case .failure(.notSaudi): errors.append(FieldError(field: "iban", message: strings[.ibanNotSaudi]))
            case .failure(.checksumFailed):
                errors.append(FieldError(field: "iban", message: strings[.ibanChecksumFailed]))
            }
        }
        let items = (form.items ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == .inKind, items.isEmpty {
            errors.append(FieldError(field: "items", message: strings[.itemsRequired]))
        }
        let referral = (form.referralTo ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == .referral, referral.isEmpty {
            errors.append(FieldError(field: "referralTo", message: strings[.referralRequired]))
        }
        let firstDue =
            BeneficiaryForm.day(
                form.firstDue, calendar: form.firstDueCalendar, field: "firstDue", required: false, strings: strings,
                errors: &errors) ?? workflow.today
        let count = Int(Digits.latinized((form.instalments ?? "1").trimmingCharacters(in: .whitespaces))) ?? 0
        if !(1...24).contains(count) {
            errors.append(
                FieldError(
                    field: "instalments",
                    message: strings.format(
                        .countInvalid, ["minimum": strings.number(1), "maximum": strings.number(24)])))
        }
        // Instalments add up to what the committee approved, never more.
        if let approved = file.request.decision?.amount, approved.halalas > 0,
            amount.halalas * max(count, 1) > approved.halalas
        {
            errors.append(
                FieldError(
                    field: "amount",
                    message: strings.format(
                        .instalmentsExceedApproved,
                        [
                            "approved": strings.money(approved),
                            "total": strings.money(Money(halalas: amount.halalas * max(count, 1))),
                        ])))
        }
        if try await !DeliveryRepository(database: request.db).deliveries(of: file.request.id).isEmpty {
            errors.append(FieldError(field: "kind", message: strings[.alreadyScheduled]))
        }
        guard errors.isEmpty else {
            return try await RequestPage.respond(request, file: file, errors: errors, status: .unprocessableEntity)
        }
        let ids = request.manarat.configuration.ids
        let records = InstalmentSchedule.monthly(firstDue: firstDue, count: count).enumerated().map { index, due in
            DeliveryRecord(
                id: ids.next(), kind: kind, amount: amount, method: method, iban: iban, reference: "",
                items: String(items.prefix(1000)), referralTo: String(referral.prefix(500)),
                instalmentNumber: index + 1, instalmentCount: count, dueOn: due, deliveredAt: nil, deliveredByName: "",
                acknowledgement: "")
        }
        let now = request.now
        let summary = "\(kind.rawValue) \(amount.plain) SAR × \(count) from \(firstDue)"
        let historyNote = ""
        if file.request.status == .approved {
            try await workflow.apply(.startDelivery, to: file, version: form.version, note: historyNote) { _ in
            } extra: { db in
                try await DeliveryRepository(database: db).addDeliveries(records, requestID: file.request.id, at: now)
            }
        } else {
            try await workflow.guardConflict(file, staff: request.staff!, action: "schedule delivery")
            try await request.audited(
                action: .requestDeliverySchedule, recordType: .request, recordID: file.request.id.uuidString,
                summary: summary
            ) { db in
                try await DeliveryRepository(database: db).addDeliveries(records, requestID: file.request.id, at: now)
            }
        }
        return request.redirect(
            to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    func markDelivered(_ request: Request) async throws -> Response {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try RequestController().requestID(request))
        guard let deliveryID = request.parameter(.deliveryID, as: UUID.self) else { throw Abort(.notFound) }
        let form = try request.content.decode(DeliveredForm.self)
        let strings = request.strings
        let acknowledgement = (form.acknowledgement ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !acknowledgement.isEmpty else {
            return try await RequestPage.respond(
                request, file: file,
                errors: [FieldError(field: "acknowledgement", message: strings[.acknowledgementRequired])],
                status: .unprocessableEntity)
        }
        let staff = request.staff!
        try await workflow.guardConflict(file, staff: staff, action: "deliver")
        let now = request.now
        try await request.audited(
            action: .requestDelivered, recordType: .request, recordID: file.request.id.uuidString,
            summary: "\(file.request.reference): delivery \(deliveryID.uuidString.lowercased()) delivered"
        ) { db in
            guard
                try await DeliveryRepository(database: db).markDelivered(
                    id: deliveryID, requestID: file.request.id, reference: String((form.reference ?? "").prefix(200)),
                    acknowledgement: String(acknowledgement.prefix(500)), by: staff.id, name: staff.displayName, at: now
                )
            else {
                throw Abort(.notFound)
            }
            try await RequestTimelineRepository(database: db).addEvent(
                requestID: file.request.id, event: .recorded(.delivered), from: file.request.status,
                to: file.request.status, note: String(acknowledgement.prefix(200)), actorID: staff.id,
                actorName: staff.displayName, at: now)
        }
        return request.redirect(
            to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }

    func complete(_ request: Request) async throws -> Response {
        let workflow = RequestWorkflow(request: request)
        let file = try await workflow.load(try RequestController().requestID(request))
        let deliveries = try await DeliveryRepository(database: request.db).deliveries(of: file.request.id)
        guard !deliveries.isEmpty, deliveries.allSatisfy({ $0.deliveredAt != nil }) else {
            return try await RequestPage.respond(
                request, file: file,
                errors: [FieldError(field: "action", message: request.strings[.deliveriesOutstanding])],
                status: .unprocessableEntity)
        }
        let version = try? request.content.get(Int.self, at: "version")
        do {
            try await workflow.apply(.completeDelivery, to: file, version: version, note: "")
        } catch {
            guard let message = RequestPage.message(for: error, strings: request.strings) else { throw error }
            return try await RequestPage.respond(
                request, file: file, errors: [FieldError(field: "action", message: message)],
                status: RequestPage.status(for: error))
        }
        return request.redirect(
            to: StaffURL.request(file.request.id).path(query: [("saved", "1")]), redirectType: .normal)
    }
}
