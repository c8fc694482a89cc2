import Foundation
import ManaratDomain
import Vapor

/// A complaint or suggestion as posted: by anyone on the public form, by a signed-in beneficiary
/// on the same form, or by staff recording one received on any channel (who also name the
/// channel and, when known, the beneficiary's identity number).
struct FeedbackForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case kind, text, name, phone, channel, identityNumber
    }

    /// The longest text accepted.
    static let textLimit = 4000
    /// The longest name kept; a longer one is cut.
    static let nameLimit = 150

    var kind: String?
    var text: String?
    var name: String?
    var phone: String?
    var channel: String?
    var identityNumber: String?

    /// The public form as it opens: a suggestion.
    static let blank = FeedbackForm(kind: FeedbackKind.suggestion.rawValue)

    /// The channel staff chose; nil for one that is not a channel (a forged post).
    var recordedChannel: ContactChannel? { channel.flatMap(ContactChannel.init(rawValue:)) }

    /// The identity number staff typed, trimmed; nil when they typed none.
    var typedIdentity: String? {
        let typed = (identityNumber ?? "").trimmingCharacters(in: .whitespaces)
        return typed.isEmpty ? nil : typed
    }

    /// The identity `typed` reads as: a national ID, else an iqama; nil when it is neither.
    static func identity(_ typed: String) -> IdentityNumber? {
        [IdentityType.nationalID, .iqama].lazy.compactMap { try? IdentityNumber.parse(typed, type: $0).get() }.first
    }

    /// The public and portal form: a suggestion unless it says otherwise, by the website, from
    /// `beneficiaryID` when one is signed in.
    func parsed(signedInAs beneficiaryID: UUID?) -> Result<FeedbackDraft, FeedbackProblems> {
        parsed(kind: .suggestion, channel: .website, beneficiaryID: beneficiaryID, identityUnknown: false)
    }

    /// The draft, or every problem. `fallback` is the kind when none was chosen; `beneficiaryID`
    /// the person it comes from when known; `identityUnknown` says staff typed an identity number
    /// that names no file. A complaint is answered, so it needs a way back; a suggestion may come
    /// from anyone, anonymously. A phone or identity already refused is not named twice.
    func parsed(kind fallback: FeedbackKind, channel: ContactChannel, beneficiaryID: UUID?, identityUnknown: Bool)
        -> Result<FeedbackDraft, FeedbackProblems>
    {
        var problems: [FeedbackProblem] = []
        let kind = self.kind.flatMap(FeedbackKind.init(rawValue:)) ?? fallback
        let text = (self.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.count > Self.textLimit { problems.append(.textMissing) }
        var mobile = ""
        let typedPhone = (phone ?? "").trimmingCharacters(in: .whitespaces)
        if !typedPhone.isEmpty {
            switch SaudiMobile.normalized(typedPhone) {
            case .success(let value): mobile = value
            case .failure: problems.append(.phoneInvalid)
            }
        }
        if identityUnknown { problems.append(.identityUnknown) }
        if kind == .complaint, beneficiaryID == nil, mobile.isEmpty, !problems.contains(.phoneInvalid),
            !identityUnknown
        {
            problems.append(.contactMissing)
        }
        guard problems.isEmpty else { return .failure(FeedbackProblems(problems: problems)) }
        return .success(
            FeedbackDraft(
                kind: kind, text: text, name: String((name ?? "").prefix(Self.nameLimit)), phone: mobile,
                channel: channel, beneficiaryID: beneficiaryID))
    }
}
