import Foundation
import ManaratDomain
import Vapor

/// A contact as posted from a file's page. Its field names are a type, shared by the views that
/// hold the form and the problems.
struct ContactForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case channel, direction, summary, followUpOn, followUpOnCalendar, referTo, branchID
    }

    var channel: String?
    var direction: String?
    var summary: String?
    var followUpOn: String?
    var followUpOnCalendar: String?
    var referTo: String?
    var branchID: String?

    /// The longest summary kept.
    static let summaryLimit = 2000

    /// The channel and direction, which the form's own lists always send; nil for a forged post.
    var channelAndDirection: (ContactChannel, ContactDirection)? {
        guard let channel = channel.flatMap(ContactChannel.init(rawValue:)),
            let direction = direction.flatMap(ContactDirection.init(rawValue:))
        else { return nil }
        return (channel, direction)
    }

    /// The draft as far as it could be read, with every problem the form alone can see; nil when
    /// the channel or direction is not one of the lists' (a forged post, answered 400).
    func parsed() -> (draft: ContactDraft, problems: [ContactProblem])? {
        guard let (channel, direction) = channelAndDirection else { return nil }
        var problems: [ContactProblem] = []
        let summary = (summary ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.isEmpty { problems.append(.summaryMissing) }
        if summary.count > Self.summaryLimit { problems.append(.summaryTooLong) }
        var followUp: GregorianDay?
        let typed = (followUpOn ?? "").trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty {
            switch DateInput.parse(typed, calendar: followUpOnCalendar == "gregorian" ? .gregorian : .hijri) {
            case .success(let day): followUp = day
            case .failure(let error): problems.append(.followUp(error))
            }
        }
        var referred: UUID?
        if let raw = referTo, !raw.isEmpty {
            if let id = UUID(uuidString: raw) { referred = id } else { problems.append(.researcherUnknown) }
        }
        var branch = ContactDraft.Branch.recorder
        if let raw = branchID {
            if raw.isEmpty {
                branch = .none
            } else if let id = UUID(uuidString: raw) {
                branch = .chosen(id)
            } else {
                problems.append(.branchInvalid)
            }
        }
        let draft = ContactDraft(
            channel: channel, direction: direction, summary: summary, followUpOn: followUp, referTo: referred,
            branch: branch)
        return (draft, problems)
    }
}
