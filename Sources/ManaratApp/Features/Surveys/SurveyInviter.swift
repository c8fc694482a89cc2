import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

/// Sends a satisfaction survey after a delivered service or an answered inquiry: an invitation
/// with a random token (only its hash is stored) and a one-tap link through the outbox, in the
/// same transaction as the change.
struct SurveyInviter {
    let database: any Database
    let configuration: AppConfiguration
    let now: Date

    /// What the survey follows.
    struct Subject: Sendable, Equatable {
        var scope: SurveyScope
        var kind: String
        var id: UUID
        var reference: String
        var branchID: UUID?
        var channel: String
        var staffID: UUID?
    }

    /// Invites `beneficiary` once per subject; returns the link's token (nil when already invited).
    @discardableResult
    func invite(_ beneficiary: Beneficiary, about subject: Subject, notify: Bool = true, channel: String? = nil)
        async throws -> String?
    {
        let surveys = SurveyRepository(database: database)
        if notify, try await surveys.invited(subjectID: subject.id) { return nil }
        let token = Tokens.random()
        _ = try await surveys.invite(
            tokenHash: Tokens.hash(token), scope: subject.scope, subjectKind: subject.kind, subjectID: subject.id,
            beneficiaryID: beneficiary.id, branchID: subject.branchID, channel: channel ?? subject.channel,
            staffID: subject.staffID, at: now
        )
        if notify {
            try await Notifier(
                database: database, settings: configuration.notifications, timeZone: configuration.timeZone, now: now
            )
            .notify(
                beneficiary, of: .surveyInvitation,
                .init(reference: subject.reference, link: PublicURL.survey(token).path, relatedID: subject.id))
        }
        return token
    }
}
