import Foundation
import ManaratDomain
import Vapor

/// A question as asked in the portal, or recorded by staff from another channel.
struct InquiryForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case category, question, channel, attachment
    }

    /// The longest question accepted.
    static let questionLimit = 4000

    var category: String?
    var question: String?
    var channel: String?
    /// Portal only: an optional photo or PDF (a letter, a bill) that explains the question.
    var attachment: File?

    /// The question, its category and its attachment checked by content, or every problem.
    func parsed(maximumBytes: Int) -> Result<InquiryDraft, InquiryProblems> {
        var problems: [InquiryProblem] = []
        let question = (self.question ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if question.isEmpty || question.count > Self.questionLimit { problems.append(.questionMissing) }
        // A browser sends an empty file part when nothing was chosen: that is no attachment.
        let file = attachment.flatMap { $0.data.readableBytes == 0 && $0.filename.isEmpty ? nil : $0 }
        var upload: DocumentUpload?
        if let file {
            switch Uploads.check(file, maximumBytes: maximumBytes) {
            case .success(let (format, bytes)):
                upload = DocumentUpload(
                    kind: .other, format: format, bytes: bytes, originalName: Uploads.displayName(file.filename),
                    issuedOn: nil, expiresOn: nil, printedIdentity: nil)
            case .failure(let refusal): problems.append(.attachment(refusal))
            }
        }
        guard problems.isEmpty else { return .failure(InquiryProblems(problems: problems)) }
        return .success(
            InquiryDraft(
                category: category.flatMap(InquiryCategory.init(rawValue:)) ?? .other, question: question,
                channel: channel.flatMap(ContactChannel.init(rawValue:)) ?? .phone, attachment: upload))
    }
}
