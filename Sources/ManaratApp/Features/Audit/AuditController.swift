import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators and quality officers browse the audit log.
struct AuditController {
    static let perPage = 50

    struct Query: Content {
        var actor: String?
        var action: String?
        var recordType: String?
        var recordID: String?
        var from: String?
        var until: String?
        var calendar: String?
        var page: Int?
    }

    func browse(_ request: Request) async throws -> Response {
        let query = (try? request.query.decode(Query.self)) ?? Query()
        let strings = request.strings
        let timeZone = request.manarat.configuration.timeZone
        let calendar = query.calendar.flatMap(DateInputCalendar.init(rawValue:)) ?? .hijri
        var errors: [FieldError] = []
        var filter = AuditFilter()
        if let actor = query.actor, !actor.isEmpty {
            if let id = UUID(uuidString: actor) {
                filter.actorID = id
            } else {
                errors.append(FieldError(field: "actor", message: strings[.auditActorUnknown]))
            }
        }
        filter.actionPrefix = query.action?.trimmingCharacters(in: .whitespaces).prefix(60).description
        filter.recordType = query.recordType?.trimmingCharacters(in: .whitespaces).prefix(60).description
        filter.recordID = query.recordID?.trimmingCharacters(in: .whitespaces).prefix(60).description
        for (field, text) in [("from", query.from), ("until", query.until)] {
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            switch DateInput.parse(text, calendar: calendar) {
            case .success(let day):
                // "until" includes the whole day it names.
                let bound =
                    field == "from" ? day.startOfDay(in: timeZone) : day.adding(days: 1).startOfDay(in: timeZone)
                if field == "from" { filter.from = bound } else { filter.until = bound }
            case .failure(let error):
                errors.append(
                    FieldError(field: field, message: DateInputMessages.message(for: error, strings: strings)))
            }
        }
        let page = max(1, min(query.page ?? 1, 10_000))
        let log = AuditLog(database: request.db)
        let result =
            errors.isEmpty
            ? try await log.browse(filter, page: page, perPage: Self.perPage) : (entries: [], hasMore: false)
        let dates = DateText(strings: strings, timeZone: timeZone)
        let rows = result.entries.map { entry in
            AuditPage.Row(
                sequence: entry.sequence,
                whenHijri: dates.hijri(GregorianDay(entry.occurredAt, timeZone: timeZone)),
                whenGregorian: dates.gregorianWithTime(entry.occurredAt),
                actor: entry.actorName,
                role: entry.actingRole.flatMap(Role.init(rawValue:)).map(strings.role),
                action: entry.action,
                record: entry.recordType + (entry.recordID.map { " " + $0 } ?? ""),
                summary: entry.summary,
                clientIP: entry.clientIP
            )
        }
        let actors = try await StaffRepository(database: request.db).all().map {
            (id: $0.id.uuidString.lowercased(), name: $0.displayName + " (" + $0.username + ")")
        }
        let filters = AuditPage.Filters(
            actor: query.actor ?? "", action: query.action ?? "", recordType: query.recordType ?? "",
            recordID: query.recordID ?? "", from: query.from ?? "", until: query.until ?? "", calendar: calendar)
        func pagePath(_ number: Int) -> String {
            var items = [
                ("actor", filters.actor), ("action", filters.action), ("recordType", filters.recordType),
                ("recordID", filters.recordID), ("from", filters.from), ("until", filters.until),
                ("calendar", calendar.rawValue),
            ].filter { !$0.1.isEmpty }
            items.append(("page", String(number)))
            return StaffURL.audit.path(query: items)
        }
        let model = AuditPage.Model(
            filters: filters, actors: actors, rows: rows, page: page, previousPath: page > 1 ? pagePath(page - 1) : nil,
            nextPath: result.hasMore ? pagePath(page + 1) : nil, errors: errors)
        return .html(
            AuditPage.render(model, context: PageContext(request: request)), status: errors.isEmpty ? .ok : .badRequest)
    }
}
