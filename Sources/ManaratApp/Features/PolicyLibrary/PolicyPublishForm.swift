import Foundation
import ManaratDomain
import Vapor

/// A new version of a library document as posted: its approval, its text, its file, or both.
struct PolicyPublishForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case label, decisionNumber, approvedOn, approvedOnCalendar, approvingBody, textArabic, textEnglish, file
    }

    var label: String?
    var decisionNumber: String?
    var approvedOn: String?
    var approvedOnCalendar: String?
    var approvingBody: String?
    var textArabic: String?
    var textEnglish: String?
    /// The signed or printed copy (PDF or a scan), with or instead of the text.
    var file: File?

    /// The form for a new version: approved by the board, dated in Hijri.
    static let blank = PolicyPublishForm(approvedOnCalendar: "hijri", approvingBody: "مجلس الإدارة")

    /// The version, or every problem. A version carries its text, its file, or both.
    func parsed(maximumBytes: Int) -> Result<PolicyDraft, PolicyProblems> {
        var problems: [PolicyProblem] = []
        // A file input left empty arrives as a nameless, empty file.
        let file = self.file.flatMap { $0.data.readableBytes == 0 && $0.filename.isEmpty ? nil : $0 }
        func required(_ value: String?, _ field: Field) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { problems.append(.required(field)) }
            return trimmed
        }
        let label = required(self.label, .label)
        let decision = required(decisionNumber, .decisionNumber)
        let body = required(approvingBody, .approvingBody)
        let text =
            file == nil
            ? required(textArabic, .textArabic) : (textArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var upload: DocumentUpload?
        if let file {
            switch Uploads.check(file, maximumBytes: maximumBytes) {
            case .success(let (format, bytes)):
                upload = DocumentUpload(
                    kind: .other, format: format, bytes: bytes, originalName: Uploads.displayName(file.filename),
                    issuedOn: nil, expiresOn: nil, printedIdentity: nil)
            case .failure(let refusal): problems.append(.file(refusal))
            }
        }
        var approved: GregorianDay?
        switch FormDay(approvedOn, calendar: approvedOnCalendar) {
        case .empty: problems.append(.required(.approvedOn))
        case .day(let day): approved = day
        case .invalid(let error): problems.append(.approvedOn(error))
        }
        guard problems.isEmpty, let approved else { return .failure(PolicyProblems(problems: problems)) }
        return .success(
            PolicyDraft(
                label: String(label.prefix(40)), decisionNumber: String(decision.prefix(60)), approvedOn: approved,
                approvingBody: String(body.prefix(120)), textArabic: String(text.prefix(200_000)),
                textEnglish: String((textEnglish ?? "").prefix(200_000)), file: upload))
    }
}
