import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The management dashboard: figures in aggregate only, for improvement, never to rank people.
/// Charts are SVG drawn on the server; every table downloads as CSV that spreadsheets read as Arabic.
struct DashboardController {
    static let readers: Set<Role> = [.admin, .quality]

    /// The dashboard's figures, ready to show or export.
    struct Figures {
        var byStatus: [(RequestStatus, Int)]
        var decided: Int
        var decidedInTime: Int
        var medianDays: Int?
        var p90Days: Int?
        var overdueNow: Int
        var contacts: [(ContactChannel, Int)]
        var complaints: Int
        var suggestions: Int
        var feedbackClosed: Int
        var medianDaysToClose: Int?
        var ratingsByMonth: [(String, Int, Int?, Double)]
        var csat: Int?
        var ratingCount: Int
    }

    func show(_ request: Request) async throws -> Response {
        let (figures, filters, errors) = try await compute(request)
        let html = DashboardPage.render(
            figures, filters: filters, errors: errors, branches: try await BranchRepository(database: request.db).all(),
            context: PageContext(request: request))
        return .html(html, status: errors.isEmpty ? .ok : .badRequest)
    }

    func export(_ request: Request) async throws -> Response {
        let (figures, _, errors) = try await compute(request)
        guard errors.isEmpty else { throw Abort(.badRequest) }
        let strings = request.strings
        let table = (try? request.query.get(String.self, at: "table")) ?? "status"
        var rows: [[String]]
        switch table {
        case "channels":
            rows =
                [[strings[.channelLabel], strings[.countLabel]]]
                + figures.contacts.map { [strings.channel($0.0), String($0.1)] }
        case "ratings":
            rows =
                [[strings[.monthLabel], strings[.countLabel], strings[.csatLabel], strings[.averageLabel]]]
                + figures.ratingsByMonth.map {
                    [$0.0, String($0.1), $0.2.map(String.init) ?? "", String(format: "%.2f", $0.3)]
                }
        default:
            rows =
                [[strings[.status], strings[.countLabel]]]
                + figures.byStatus.map { [strings.requestStatus($0.0), String($0.1)] }
        }
        return Self.csvResponse(rows, name: table)
    }

    /// A table as a CSV download: UTF-8 with a byte-order mark, so spreadsheet programs show Arabic.
    static func csvResponse(_ rows: [[String]], name: String) -> Response {
        let csv =
            "\u{FEFF}" + rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"manarat-\(name).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: csv))
    }

    static func csvField(_ value: String) -> String {
        let needsQuotes =
            value.contains(where: { ",\"\r\n".contains($0) }) || value.hasPrefix("=") || value.hasPrefix("+")
            || value.hasPrefix("-") || value.hasPrefix("@")
        // A leading apostrophe keeps a spreadsheet from running a value as a formula.
        let safe = (value.hasPrefix("=") || value.hasPrefix("+") || value.hasPrefix("@")) ? "'" + value : value
        return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }

    struct Filters {
        var from: String
        var until: String
        var calendar: DateInputCalendar
        var branch: String
    }

    private func compute(_ request: Request) async throws -> (Figures, Filters, [FieldError]) {
        let strings = request.strings
        let zone = request.manarat.configuration.timeZone
        let today = GregorianDay(request.now, timeZone: zone)
        let calendar =
            (try? request.query.get(String.self, at: "calendar")).flatMap(DateInputCalendar.init(rawValue:)) ?? .hijri
        var errors: [FieldError] = []
        func day(_ name: String, fallback: GregorianDay) -> GregorianDay {
            guard let text = try? request.query.get(String.self, at: name),
                !text.trimmingCharacters(in: .whitespaces).isEmpty
            else { return fallback }
            switch DateInput.parse(text, calendar: calendar) {
            case .success(let value): return value
            case .failure(let error):
                errors.append(FieldError(field: name, message: DateInputMessages.message(for: error, strings: strings)))
                return fallback
            }
        }
        let from = day("from", fallback: today.adding(days: -365))
        let until = day("until", fallback: today)
        let branchText = (try? request.query.get(String.self, at: "branch")) ?? ""
        let branchID = UUID(uuidString: branchText)
        let data = try await DashboardRepository(database: request.db).load(
            from: from.startOfDay(in: zone), until: until.adding(days: 1).startOfDay(in: zone), branchID: branchID,
            today: today)
        let byStatus = RequestStatus.allCases.map { status in
            (status, data.requests.filter { $0.status == status }.count)
        }.filter { $0.1 > 0 }
        let decided = data.requests.filter { $0.decidedAt != nil && $0.submittedOn != nil }
        let days = decided.map { $0.submittedOn!.days(until: GregorianDay($0.decidedAt!, timeZone: zone)) }
        let inTime = decided.filter { item in
            item.expectedOn.map { GregorianDay(item.decidedAt!, timeZone: zone) <= $0 } ?? false
        }.count
        let closedDays = data.feedback.compactMap(\.closedInDays)
        let monthKey = { (date: Date) -> String in
            let d = GregorianDay(date, timeZone: zone)
            return String(format: "%04d-%02d", d.year, d.month)
        }
        let months = Dictionary(grouping: data.ratings, by: { monthKey($0.at) }).sorted { $0.key < $1.key }.map {
            key, items in
            (
                key, items.count, Statistics.csat(items.map(\.score)),
                Double(items.map(\.score).reduce(0, +)) / Double(max(items.count, 1))
            )
        }
        let figures = Figures(
            byStatus: byStatus, decided: decided.count, decidedInTime: inTime, medianDays: Statistics.median(days),
            p90Days: Statistics.percentile(days, 0.9),
            overdueNow: data.overdueNow,
            contacts: ContactChannel.allCases.map { ($0, data.contactsByChannel[$0] ?? 0) },
            complaints: data.feedback.filter { $0.kind == .complaint }.count,
            suggestions: data.feedback.filter { $0.kind == .suggestion }.count,
            feedbackClosed: closedDays.count, medianDaysToClose: Statistics.median(closedDays),
            ratingsByMonth: months, csat: Statistics.csat(data.ratings.map(\.score)), ratingCount: data.ratings.count
        )
        let filters = Filters(
            from: (try? request.query.get(String.self, at: "from")) ?? "",
            until: (try? request.query.get(String.self, at: "until")) ?? "", calendar: calendar, branch: branchText)
        return (figures, filters, errors)
    }
}
