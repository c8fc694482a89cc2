import Foundation
import ManaratDomain
import Vapor

/// The numbers requests run on: the working days to answer a request, the committee's quorum and
/// the working days to answer an inquiry.
struct RequestSettingsForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case workingDays, quorum, inquiryDays

        /// The values the field takes.
        var range: ClosedRange<Int> {
            switch self {
            case .workingDays: return 1...60
            case .quorum: return 1...20
            case .inquiryDays: return 1...30
            }
        }
    }

    var workingDays: String?
    var quorum: String?
    var inquiryDays: String?

    /// The settings, or each number outside its range.
    func parsed() -> Result<RequestSettings, RequestSettingsProblems> {
        var problems: [RequestSettingsProblem] = []
        func number(_ text: String?, _ field: Field) -> Int {
            let value = Int(Digits.latinized((text ?? "").trimmingCharacters(in: .whitespaces))) ?? 0
            if !field.range.contains(value) { problems.append(.count(field, range: field.range)) }
            return value
        }
        let settings = RequestSettings(
            responseWorkingDays: number(workingDays, .workingDays), quorum: number(quorum, .quorum),
            inquiryAnswerDays: number(inquiryDays ?? String(Inquiry.standardAnswerWorkingDays), .inquiryDays))
        return problems.isEmpty ? .success(settings) : .failure(RequestSettingsProblems(problems: problems))
    }
}
