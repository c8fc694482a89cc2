import Vapor

/// A table as a CSV download: UTF-8 with a byte-order mark, so spreadsheet programs show Arabic,
/// and every value that a spreadsheet would run as a formula defused.
enum CSVDownload {
    /// The response carrying `rows` as `manarat-<name>.csv`.
    static func response(_ rows: [[String]], name: String) -> Response {
        let csv =
            "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"manarat-\(name).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: csv))
    }

    /// One value, quoted when it must be.
    static func field(_ value: String) -> String {
        let needsQuotes =
            value.contains(where: { ",\"\r\n".contains($0) }) || value.hasPrefix("=") || value.hasPrefix("+")
            || value.hasPrefix("-") || value.hasPrefix("@")
        // A leading apostrophe keeps a spreadsheet from running a value as a formula.
        let safe = (value.hasPrefix("=") || value.hasPrefix("+") || value.hasPrefix("@")) ? "'" + value : value
        return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }
}
