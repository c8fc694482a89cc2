import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

/// Notifications nobody's action causes, only the calendar: an identity expiring within 30 days,
/// an aid instalment due tomorrow, and, to the staff member responsible (the researcher, else
/// the employee who took it in), a request whose answer is due within two days or overdue. The job runs at most once an hour across every instance
/// (a lease in the database decides which), and each occasion has a dedupe key, so a second run
/// on the same day writes nothing twice.
struct ScheduledNotifications {
    let database: any Database
    let clock: WallClock
    let settings: NotificationSettings
    let timeZone: TimeZone

    static let jobName = "scheduled-notifications"
    static let interval: TimeInterval = 3600

    /// Runs the job if no other instance holds it and it has not run within the hour.
    @discardableResult
    func runIfDue(holder: String) async throws -> Bool {
        let now = clock.now()
        let acquired = try await database.writeTransaction { db in
            try await OutboxRepository(database: db).acquireLease(
                Self.jobName, holder: holder, at: now, duration: 600, interval: Self.interval)
        }
        guard acquired else { return false }
        try await run()
        return true
    }

    /// Writes every notification the calendar calls for today.
    func run() async throws {
        let now = clock.now()
        let today = GregorianDay(now, timeZone: timeZone)
        let beneficiaries = BeneficiaryRepository(database: database)
        for (summary, expiresOn) in try await beneficiaries.identitiesExpiring(
            from: today, through: today.adding(days: 30), limit: 1000)
        {
            guard let beneficiary = try await beneficiaries.find(id: summary.id) else { continue }
            try await database.writeTransaction { db in
                try await Notifier(database: db, settings: settings, timeZone: timeZone, now: now).notify(
                    beneficiary, of: .identityExpiring,
                    .init(
                        day: expiresOn, link: PortalURL.profile.path,
                        dedupeKey: "identity_expiring:\(beneficiary.id.uuidString):\(expiresOn)"
                    ))
            }
        }
        let requests = RequestRepository(database: database)
        for instalment in try await DeliveryRepository(database: database).undeliveredInstalments(
            dueFrom: today, through: today.adding(days: 1), limit: 1000)
        {
            guard let request = try await requests.find(id: instalment.requestID),
                let beneficiary = try await beneficiaries.find(id: request.beneficiaryID)
            else { continue }
            try await database.writeTransaction { db in
                try await Notifier(database: db, settings: settings, timeZone: timeZone, now: now).notify(
                    beneficiary, of: .instalmentDue,
                    .init(
                        reference: request.reference, day: instalment.dueOn, link: PortalURL.request(request.id).path,
                        relatedID: request.id, dedupeKey: "instalment_due:\(instalment.deliveryID.uuidString)"
                    ))
            }
        }
        // Documents of requests still being worked on: an expired one would hold the request up.
        let working = Set(RequestStatus.allCases.filter { $0.awaitsDecision || $0 == .approved || $0 == .inDelivery })
        for document in try await RequestDocumentRepository(database: database).documentsExpiring(
            from: today, through: today.adding(days: 30), limit: 1000)
        {
            guard let request = try await requests.find(id: document.requestID), working.contains(request.status),
                let beneficiary = try await beneficiaries.find(id: request.beneficiaryID)
            else { continue }
            try await database.writeTransaction { db in
                try await Notifier(database: db, settings: settings, timeZone: timeZone, now: now).notify(
                    beneficiary, of: .documentExpiring,
                    .init(
                        reference: request.reference, day: document.expiresOn, link: PortalURL.request(request.id).path,
                        relatedID: request.id, dedupeKey: "document_expiring:\(document.documentID.uuidString)"
                    ))
            }
        }
        // Complaints past their time to close go up to management: every active administrator and quality officer.
        let managers = try await StaffRepository(database: database).all().filter {
            $0.isActive && ($0.roles.contains(.admin) || $0.roles.contains(.quality))
        }
        for complaint in try await FeedbackRepository(database: database).list(openOnly: true, limit: 1000)
        where complaint.kind == .complaint && complaint.dueOn < today {
            try await database.writeTransaction { db in
                let notifier = Notifier(database: db, settings: settings, timeZone: timeZone, now: now)
                for manager in managers {
                    try await notifier.notifyStaff(
                        manager.id, of: .complaintEscalated,
                        .init(
                            reference: complaint.reference, day: complaint.dueOn,
                            link: StaffURL.feedbackItem(complaint.id).path,
                            relatedID: complaint.id,
                            dedupeKey: "complaint_escalated:\(complaint.id.uuidString):\(manager.id.uuidString)"
                        ))
                }
            }
        }
        let surveys = SurveyRepository(database: database)
        for invitation in try await surveys.unanswered(
            sentFrom: now.addingTimeInterval(-SurveyRules.validity),
            until: now.addingTimeInterval(-SurveyRules.reminderAfter), validAt: now, limit: 1000)
        {
            guard let beneficiary = try await beneficiaries.find(id: invitation.beneficiaryID) else { continue }
            let reference =
                invitation.subjectKind == "request"
                ? try await requests.find(id: invitation.subjectID)?.reference
                : try await InquiryRepository(database: database).find(id: invitation.subjectID)?.reference
            let token = Tokens.random()
            try await database.writeTransaction { db in
                try await SurveyRepository(database: db).remind(
                    invitationID: invitation.id, tokenHash: Tokens.hash(token), at: now)
                try await Notifier(database: db, settings: settings, timeZone: timeZone, now: now).notify(
                    beneficiary, of: .surveyReminder,
                    .init(
                        reference: reference ?? "", link: PublicURL.survey(token).path, relatedID: invitation.subjectID,
                        dedupeKey: "survey_reminder:\(invitation.id.uuidString)"
                    ))
            }
        }
        let open = Set(RequestStatus.allCases.filter { $0.awaitsDecision && !$0.pausesClock })
        let pressing = try await requests.list(
            RequestFilter(statuses: open, dueOnOrBefore: today.adding(days: 2), byDueDay: true), page: 1, perPage: 1000
        ).rows
        for row in pressing {
            guard let due = row.request.expectedResponseOn,
                let staffID = row.request.researcherID ?? row.request.intakeStaffID
            else { continue }
            let event: NotificationEvent = due < today ? .requestOverdue : .requestDueSoon
            try await database.writeTransaction { db in
                try await Notifier(database: db, settings: settings, timeZone: timeZone, now: now).notifyStaff(
                    staffID, of: event,
                    .init(
                        reference: row.request.reference, day: due, link: StaffURL.request(row.request.id).path,
                        relatedID: row.request.id, dedupeKey: "\(event.rawValue):\(row.request.id.uuidString):\(due)"
                    ))
            }
        }
    }
}
