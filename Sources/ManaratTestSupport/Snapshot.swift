import Foundation

/// HTML snapshots in the SwiftPackageIndex-Server manner: a page's markup is kept in a file beside the test and
/// any change to it shows up as a failing test and a diff in review.
public enum Snapshot {
    /// The outcome of comparing a page with its stored snapshot.
    public enum Outcome: Equatable, Sendable {
        /// The page matches the stored file.
        case matches
        /// No file existed; one was written and should be reviewed and committed.
        case recorded(path: String)
        /// The page differs; the first differing line is given.
        case differs(line: Int, expected: String, actual: String)
    }

    /// Replaces the parts of a page that change on every request (CSRF tokens, the stylesheet's content hash,
    /// error reference ids) so that only meaningful markup is compared.
    public static func normalized(_ html: String) -> String {
        var text = html
        for (pattern, replacement) in [
            (#"name="_csrf" value="[^"]*""#, #"name="_csrf" value="CSRF""#),
            (#"name="_submission" value="[^"]*""#, #"name="_submission" value="SUBMISSION""#),
            (#"manarat\.css\?v=[0-9a-f]+"#, "manarat.css?v=HASH"),
        ] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        // One tag per line keeps a diff readable.
        return text.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    /// Compares `html` with `__Snapshots__/<name>.html` next to `testFile`, recording it when absent.
    /// Set `MANARAT_RECORD_SNAPSHOTS=1` to rewrite every snapshot after an intended change.
    public static func compare(_ html: String, named name: String, testFile: String = #filePath) throws -> Outcome {
        let directory = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent(
            "__Snapshots__")
        let file = directory.appendingPathComponent(name + ".html")
        let actual = normalized(html)
        let record = ProcessInfo.processInfo.environment["MANARAT_RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return .recorded(path: file.path)
        }
        guard expected != actual else { return .matches }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let index =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        return .differs(
            line: index + 1, expected: index < expectedLines.count ? expectedLines[index] : "(end)",
            actual: index < actualLines.count ? actualLines[index] : "(end)")
    }
}
