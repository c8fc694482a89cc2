import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators set up request types, holidays, the response window and the committee quorum:
/// each handler decodes its form, asks `RequestSettingsService`, and hands a model to the page.
struct RequestSettingsController {
    func types(_ request: Request) async throws -> Response {
        let model = RequestTypeList.Model(
            types: try await store(request).types(),
            saved: (try? request.query.get(String.self, at: "saved")) == "1")
        return .html(RequestTypeList.render(model, context: PageContext(request: request)))
    }

    func showNewType(_ request: Request) async throws -> Response {
        try await editor(request, id: nil, form: .blank, problems: [], status: .ok)
    }

    func showEditType(_ request: Request) async throws -> Response {
        let type = try await findType(request)
        return try await editor(request, id: type.id, form: RequestTypeForm(type: type), problems: [], status: .ok)
    }

    func createType(_ request: Request) async throws -> Response { try await saveType(request, existing: nil) }

    func updateType(_ request: Request) async throws -> Response {
        try await saveType(request, existing: try await findType(request))
    }

    private func saveType(_ request: Request, existing: RequestType?) async throws -> Response {
        let form = try request.content.decode(RequestTypeForm.self)
        let id = existing?.id ?? request.newID()
        let type: RequestType
        switch try await RequestSettingsService(store: store(request)).check(form, as: id) {
        case .success(let checked): type = checked
        case .failure(let refused):
            return try await editor(
                request, id: existing?.id, form: form, problems: refused.problems, status: .unprocessableEntity)
        }
        try await request.audited(
            action: existing == nil ? .requestTypeCreate : .requestTypeUpdate, recordType: .requestType,
            recordID: type.id.uuidString,
            summary:
                "code=\(type.code) documents=\(type.requiredDocuments.map { $0.kind.rawValue + ($0.mustBeValidAtSubmission ? "!" : "") }.joined(separator: ",")) fields=\(type.requiredFields.map(\.key).joined(separator: ",")) active=\(type.isActive)"
        ) { db in
            try await RequestSettingsService(store: RequestSettingsRepository(database: db)).save(type)
        }
        return request.redirect(to: StaffURL.requestTypes.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func findType(_ request: Request) async throws -> RequestType {
        guard let id = request.parameter(.typeID, as: UUID.self), let type = try await store(request).type(id: id)
        else { throw Abort(.notFound) }
        return type
    }

    private func editor(
        _ request: Request, id: UUID?, form: RequestTypeForm, problems: [RequestSettingsProblem],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let model = RequestTypeEditor.Model(
            typeID: id, form: form, categories: try await CategoryRepository(database: request.db).all(),
            problems: problems)
        return .html(RequestTypeEditor.render(model, context: PageContext(request: request)), status: status)
    }

    // MARK: Holidays

    func holidays(_ request: Request) async throws -> Response {
        try await holidaysPage(request, problems: [], status: .ok)
    }

    func addHolidays(_ request: Request) async throws -> Response {
        let form = try request.content.decode(HolidayForm.self)
        let name: String
        let days: [GregorianDay]
        switch form.parsed() {
        case .success(let holidays): (name, days) = holidays
        case .failure(let refused):
            return try await holidaysPage(request, problems: refused.problems, status: .unprocessableEntity)
        }
        try await request.audited(
            action: .holidayAdd, recordType: .settings, recordID: "holidays",
            summary: "\(name): \(days[0]) → \(days[days.count - 1])"
        ) { db in
            try await RequestSettingsService(store: RequestSettingsRepository(database: db)).addHolidays(
                days, name: name)
        }
        request.manarat.calendarCache.forget()
        return request.redirect(to: StaffURL.holidays.path, redirectType: .normal)
    }

    /// The holiday to remove.
    struct RemovalForm: Content {
        var day: String?
    }

    func removeHoliday(_ request: Request) async throws -> Response {
        guard let day = try request.content.decode(RemovalForm.self).day.flatMap(GregorianDay.init(iso:)) else {
            throw Abort(.badRequest)
        }
        try await request.audited(
            action: .holidayRemove, recordType: .settings, recordID: "holidays", summary: day.description
        ) { db in
            try await RequestSettingsService(store: RequestSettingsRepository(database: db)).removeHoliday(day)
        }
        request.manarat.calendarCache.forget()
        return request.redirect(to: StaffURL.holidays.path, redirectType: .normal)
    }

    private func holidaysPage(_ request: Request, problems: [RequestSettingsProblem], status: HTTPResponseStatus)
        async throws -> Response
    {
        let model = try await HolidaysPage.Model.query(store(request), problems: problems)
        return .html(HolidaysPage.render(model, context: PageContext(request: request)), status: status)
    }

    // MARK: Settings

    func showSettings(_ request: Request) async throws -> Response {
        let model = try await RequestSettingsPage.Model.query(store(request))
        return .html(RequestSettingsPage.render(model, context: PageContext(request: request)))
    }

    func saveSettings(_ request: Request) async throws -> Response {
        let form = try request.content.decode(RequestSettingsForm.self)
        let settings: RequestSettings
        switch form.parsed() {
        case .success(let parsed): settings = parsed
        case .failure(let refused):
            return .html(
                RequestSettingsPage.render(
                    .init(form: form, problems: refused.problems), context: PageContext(request: request)),
                status: .unprocessableEntity)
        }
        try await request.audited(
            action: .requestSettingsUpdate, recordType: .settings, recordID: "requests",
            summary:
                "working days=\(settings.responseWorkingDays) quorum=\(settings.quorum) inquiry answer days=\(settings.inquiryAnswerDays)"
        ) { db in
            try await RequestSettingsService(store: RequestSettingsRepository(database: db)).save(settings)
        }
        return request.redirect(to: StaffURL.requestTypes.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func store(_ request: Request) -> any RequestSettingsStore {
        RequestSettingsRepository(database: request.db)
    }
}
