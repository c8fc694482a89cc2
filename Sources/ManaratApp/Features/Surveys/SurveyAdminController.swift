import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Administrators define each scope's survey; quality and management read the figures in
/// aggregate; every staff member reads their own.
struct SurveyAdminController {
    // MARK: Definitions

    func list(_ request: Request) async throws -> Response {
        let surveys = try await SurveyRepository(database: request.db).all()
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.surveysTitle], context: context,
                content: .group(
                    .h1(.text(strings[.surveysTitle])),
                    .p(.class("muted"), .text(strings[.surveysExplain])),
                    .ul(
                        .class("tiles"),
                        .forEach(SurveyScope.all) { scope in
                            let survey = surveys.first { $0.scope == scope && $0.isActive }
                            return .li(
                                .a(
                                    .href(StaffURL.surveyEdit(scope.code).path),
                                    .strong(.text(strings.surveyScope(scope))),
                                    .span(
                                        .class("muted"),
                                        .text(
                                            survey.map {
                                                (context.language == .arabic ? $0.titleArabic : $0.titleEnglish) + " — "
                                                    + strings.format(
                                                        .surveyQuestionCount,
                                                        ["count": strings.number($0.questions.count)])
                                            } ?? strings[.surveyDefault]))))
                        })
                )))
    }

    private static func scope(_ request: Request) throws -> SurveyScope {
        guard let scope = request.parameter(.scope).flatMap(SurveyScope.init(code:)) else { throw Abort(.notFound) }
        return scope
    }

    func edit(_ request: Request) async throws -> Response {
        let scope = try Self.scope(request)
        let survey = try await SurveyRepository(database: request.db).active(for: scope)
        let questions = (survey?.questions ?? []).map { "\($0.arabic) | \($0.english)" }.joined(separator: "\n")
        return render(
            request, scope: scope, titleArabic: survey?.titleArabic ?? "", titleEnglish: survey?.titleEnglish ?? "",
            questions: questions, active: survey?.isActive ?? true, errors: [], status: .ok)
    }

    func save(_ request: Request) async throws -> Response {
        let scope = try Self.scope(request)
        let strings = request.strings
        func field(_ name: String) -> String {
            ((try? request.content.get(String.self, at: name)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let titleArabic = field("titleArabic")
        let titleEnglish = field("titleEnglish")
        let questionText = field("questions")
        let active = field("active") == "on"
        var errors: [FieldError] = []
        if titleArabic.isEmpty || titleArabic.count > 200 {
            errors.append(
                FieldError(
                    field: "titleArabic",
                    message: strings.format(.fieldRequiredNamed, ["field": strings[.surveyTitleArabic]])))
        }
        if titleEnglish.isEmpty || titleEnglish.count > 200 {
            errors.append(
                FieldError(
                    field: "titleEnglish",
                    message: strings.format(.fieldRequiredNamed, ["field": strings[.surveyTitleEnglish]])))
        }
        var questions: [SurveyQuestion] = []
        for line in questionText.split(whereSeparator: \.isNewline)
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0].count <= 300, parts[1].count <= 300
            else {
                errors.append(FieldError(field: "questions", message: strings[.surveyQuestionsInvalid]))
                break
            }
            questions.append(SurveyQuestion(arabic: parts[0], english: parts[1]))
        }
        if questions.count > Survey.maximumQuestions {
            errors.append(
                FieldError(
                    field: "questions",
                    message: strings.format(.surveyTooManyQuestions, ["count": strings.number(Survey.maximumQuestions)])
                ))
        }
        guard errors.isEmpty else {
            return render(
                request, scope: scope, titleArabic: titleArabic, titleEnglish: titleEnglish, questions: questionText,
                active: active, errors: errors, status: .unprocessableEntity)
        }
        let survey = Survey(
            id: request.newID(), scope: scope, titleArabic: titleArabic, titleEnglish: titleEnglish,
            questions: questions, isActive: active)
        let now = request.now
        // A new version each time: answers already given keep pointing at the questions they answered.
        try await request.audited(
            action: .surveySave, recordType: .survey, recordID: survey.id.uuidString,
            summary: "\(scope.code): \(questions.count) question(s), active \(active)"
        ) { db in
            try await SurveyRepository(database: db).save(survey, at: now)
        }
        return request.redirect(to: StaffURL.surveys.path, redirectType: .normal)
    }

    private func render(
        _ request: Request, scope: SurveyScope, titleArabic: String, titleEnglish: String, questions: String,
        active: Bool, errors: [FieldError], status: HTTPStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let response = Response.html(
            Layout.render(
                title: strings[.surveysTitle], context: context,
                content: .group(
                    .h1(.text(strings[.surveysTitle] + " — " + strings.surveyScope(scope))),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(StaffURL.surveyEdit(scope.code).path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.text(
                            name: "titleArabic", label: strings[.surveyTitleArabic], value: titleArabic, errors: errors,
                            required: true),
                        FormFields.text(
                            name: "titleEnglish", label: strings[.surveyTitleEnglish], value: titleEnglish,
                            errors: errors, required: true, direction: "ltr"),
                        FormFields.textArea(
                            name: "questions", label: strings[.surveyQuestions], value: questions, errors: errors,
                            rows: 5, hint: strings[.surveyQuestionsHint]),
                        FormFields.checkbox(name: "active", label: strings[.surveyActive], checked: active),
                        .button(.type(.submit), .text(strings[.save])))
                )))
        response.status = status
        return response
    }

    // MARK: Figures

    /// The date range and branch a figures page reads from its query (the last 12 months by default).
    private func range(_ request: Request) -> (from: GregorianDay, to: GregorianDay, branchID: UUID?) {
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        func day(_ name: String) -> GregorianDay? {
            guard let text = try? request.query.get(String.self, at: name), !text.isEmpty else { return nil }
            let calendar =
                (try? request.query.get(String.self, at: name + "Calendar")).flatMap(DateInputCalendar.init(rawValue:))
                ?? .gregorian
            return try? DateInput.parse(text, calendar: calendar).get()
        }
        let branchID = (try? request.query.get(String.self, at: "branch")).flatMap(UUID.init(uuidString:))
        return (day("from") ?? today.adding(days: -365), day("to") ?? today, branchID)
    }

    func results(_ request: Request) async throws -> Response {
        let (from, to, branchID) = range(request)
        let zone = request.manarat.configuration.timeZone
        let outcomes = try await SurveyRepository(database: request.db).outcomes(
            from: from.startOfDay(in: zone), until: to.adding(days: 1).startOfDay(in: zone), branchID: branchID)
        let branches = try await BranchRepository(database: request.db).all()
        let context = PageContext(request: request)
        let strings = context.strings
        let branchName = { (id: UUID?) in
            id.flatMap { id in branches.first { $0.id == id }?.name(in: context.language) } ?? strings[.noBranch]
        }
        let byService = SatisfactionFigures.grouped(outcomes.map { (key: $0.scope.code, rating: $0.rating) }).map {
            (strings.surveyScope(SurveyScope(code: $0.0) ?? .inquiry), $0.1)
        }
        let byBranch = SatisfactionFigures.grouped(outcomes.map { (key: branchName($0.branchID), rating: $0.rating) })
        let byChannel = SatisfactionFigures.grouped(outcomes.map { (key: $0.channel, rating: $0.rating) }).map {
            (strings.surveyChannel($0.0), $0.1)
        }
        let byMonth = SatisfactionFigures.grouped(
            outcomes.map { (key: Self.month($0.createdAt, zone: zone), rating: $0.rating) }
        ).map { (context.dates.month($0.0), $0.1) }
        let comments = outcomes.filter { !$0.comment.isEmpty }.sorted { $0.createdAt > $1.createdAt }.prefix(50)
        let total = SatisfactionFigures(ratings: outcomes.compactMap(\.rating), invited: outcomes.count)
        if let table = try? request.query.get(String.self, at: "csv") {
            let groups = ["service": byService, "branch": byBranch, "channel": byChannel, "month": byMonth]
            guard let rows = groups[table] else { throw Abort(.notFound) }
            let header = [
                "", strings[.surveyInvited], strings[.surveyAnswered], strings[.csatLabel], strings[.averageLabel],
                strings[.surveyResponseRate],
            ]
            return CSVDownload.response(
                [header]
                    + rows.map { name, f in
                        [
                            name, String(f.invited), String(f.answered), f.csat.map(String.init) ?? "",
                            f.average.map { String(format: "%.1f", $0) } ?? "", f.responseRate.map(String.init) ?? "",
                        ]
                    }, name: "satisfaction-" + table)
        }
        // The download carries the same range and branch as the page.
        let filters =
            [
                ("from", Self.typed(from)), ("fromCalendar", "gregorian"), ("to", Self.typed(to)),
                ("toCalendar", "gregorian"),
            ] + (branchID.map { [("branch", $0.uuidString)] } ?? [])
        let csvLink = { (table: String) -> Node<HTML.BodyContext> in
            .p(.a(.href(StaffURL.surveyResults.path(query: filters + [("csv", table)])), .text(strings[.downloadCSV])))
        }
        return .html(
            Layout.render(
                title: strings[.satisfactionTitle], context: context,
                content: .group(
                    .h1(.text(strings[.satisfactionTitle])),
                    .p(.class("muted"), .text(strings[.satisfactionExplain])),
                    .form(
                        .method(.get), .action(StaffURL.surveyResults.path), .class("filters"),
                        FormFields.date(
                            name: "from", label: strings[.dateFrom], value: Self.typed(from), calendar: "gregorian",
                            errors: [], strings: strings),
                        FormFields.date(
                            name: "to", label: strings[.dateUntil], value: Self.typed(to), calendar: "gregorian",
                            errors: [], strings: strings),
                        FormFields.select(
                            name: "branch", label: strings[.branch],
                            options: [("", strings[.allBranches])]
                                + branches.map { ($0.id.uuidString, $0.name(in: context.language)) },
                            selected: branchID?.uuidString ?? "", errors: []),
                        .button(.type(.submit), .text(strings[.filter]))),
                    .p(.class("muted"), .text(context.dates.dual(from) + " — " + context.dates.dual(to))),
                    Self.table(strings[.satisfactionOverall], rows: [(strings[.allBranches], total)], strings: strings),
                    Self.table(strings[.satisfactionByService], rows: byService, strings: strings), csvLink("service"),
                    Self.table(strings[.satisfactionByBranch], rows: byBranch, strings: strings), csvLink("branch"),
                    Self.table(strings[.satisfactionByChannel], rows: byChannel, strings: strings), csvLink("channel"),
                    Self.table(strings[.satisfactionByMonth], rows: byMonth, strings: strings), csvLink("month"),
                    .section(
                        .class("card"),
                        .h2(.text(strings[.satisfactionComments])),
                        .p(.class("muted"), .text(strings[.satisfactionCommentsExplain])),
                        .if(comments.isEmpty, .p(.text(strings[.noRecordsYet]))),
                        .ul(
                            .forEach(Array(comments)) { item in
                                .li(
                                    .element(named: "bdi", text: item.comment),
                                    .text(" — " + strings.surveyScope(item.scope)))
                            }))
                )))
    }

    /// A staff member's own figures: the services they delivered and inquiries they answered.
    /// Their manager (an administrator of their branch, or one with no branch, who manages all)
    /// may open them with `?staff=ID`; nobody else sees another person's.
    func mine(_ request: Request) async throws -> Response {
        guard let staff = request.staff else { throw Abort(.notFound) }
        var subjectID = staff.id
        if let asked = (try? request.query.get(String.self, at: "staff")).flatMap(UUID.init(uuidString:)),
            asked != staff.id
        {
            guard staff.roles.contains(.admin),
                let employee = try await StaffRepository(database: request.db).find(id: asked),
                staff.branchID == nil || staff.branchID == employee.branchID
            else { throw Abort(.forbidden) }
            subjectID = asked
        }
        let (from, to, _) = range(request)
        let zone = request.manarat.configuration.timeZone
        let outcomes = try await SurveyRepository(database: request.db).outcomes(
            from: from.startOfDay(in: zone), until: to.adding(days: 1).startOfDay(in: zone), staffID: subjectID)
        let context = PageContext(request: request)
        let strings = context.strings
        let byService = SatisfactionFigures.grouped(outcomes.map { (key: $0.scope.code, rating: $0.rating) }).map {
            (strings.surveyScope(SurveyScope(code: $0.0) ?? .inquiry), $0.1)
        }
        return .html(
            Layout.render(
                title: strings[.mySatisfactionTitle], context: context,
                content: .group(
                    .h1(.text(strings[.mySatisfactionTitle])),
                    .p(.class("muted"), .text(strings[.mySatisfactionExplain])),
                    Self.table(
                        strings[.satisfactionOverall],
                        rows: [
                            ("", SatisfactionFigures(ratings: outcomes.compactMap(\.rating), invited: outcomes.count))
                        ], strings: strings),
                    Self.table(strings[.satisfactionByService], rows: byService, strings: strings)
                )))
    }

    /// A day as a person types it, "29/11/2025".
    private static func typed(_ day: GregorianDay) -> String {
        "\(day.day)/\(day.month)/\(day.year)"
    }

    private static func month(_ date: Date, zone: TimeZone) -> String {
        let day = GregorianDay(date, timeZone: zone)
        return String(format: "%04d-%02d", day.year, day.month)
    }

    private static func table(_ title: String, rows: [(String, SatisfactionFigures)], strings: Strings) -> Node<
        HTML.BodyContext
    > {
        .section(
            .class("card"),
            .h2(.text(title)),
            .if(rows.isEmpty, .p(.text(strings[.noRecordsYet]))),
            .if(
                !rows.isEmpty,
                DataTable.render(
                    headers: [
                        "", strings[.surveyInvited], strings[.surveyAnswered], strings[.csatLabel],
                        strings[.averageLabel], strings[.surveyResponseRate],
                    ],
                    rows: rows.map { name, figures in
                        [
                            .text(name), .text(strings.number(figures.invited)),
                            .text(strings.number(figures.answered)),
                            .text(figures.csat.map { strings.percent($0) } ?? "—"),
                            .text(figures.average.map { strings.localizedDigits(String(format: "%.1f", $0)) } ?? "—"),
                            .text(figures.responseRate.map { strings.percent($0) } ?? "—"),
                        ]
                    })))
    }
}
