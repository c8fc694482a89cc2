import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

/// The inquiry store in the database: the inquiry, staff, registry, article, request and
/// calendar repositories on one connection, with the notifier and the survey inviter for the
/// asker's message. It lives in the app because those write the app's messages.
struct DatabaseInquiryStore: InquiryStore {
    /// The connection, or the change's transaction.
    let database: any Database
    /// The notification settings, time zone and ids.
    let configuration: AppConfiguration
    /// The moment of the change.
    let now: Date
    /// The instance's working-calendar cache.
    let calendarCache: CalendarCache

    func find(id: UUID) async throws -> Inquiry? {
        try await InquiryRepository(database: database).find(id: id)
    }

    func list(openOnly: Bool) async throws -> [Inquiry] {
        try await InquiryRepository(database: database).list(openOnly: openOnly)
    }

    func create(_ inquiry: Inquiry, on day: GregorianDay, attachment: InquiryAttachment?, bytes: [UInt8]?, at now: Date)
        async throws -> Inquiry
    {
        let repository = InquiryRepository(database: database)
        var stored = inquiry
        stored.reference = try await repository.nextReference(on: day)
        try await repository.create(stored)
        if var attachment, let bytes {
            attachment.sha256 = try await DocumentStore(database: database).put(
                bytes, mimeType: attachment.format.mimeType, at: now
            ).sha256
            try await repository.addAttachment(attachment)
        }
        return stored
    }

    func update(_ inquiry: Inquiry) async throws {
        try await InquiryRepository(database: database).update(inquiry)
    }

    func rate(id: UUID, score: Int, comment: String) async throws -> Bool {
        try await InquiryRepository(database: database).rate(id: id, score: score, comment: comment)
    }

    func rating(id: UUID) async throws -> Int? {
        try await InquiryRepository(database: database).rating(id: id)
    }

    func attachment(of inquiryID: UUID) async throws -> InquiryAttachment? {
        try await InquiryRepository(database: database).attachment(of: inquiryID)
    }

    func staffMember(id: UUID) async throws -> StaffMember? {
        try await StaffRepository(database: database).find(id: id)
    }

    func beneficiary(id: UUID) async throws -> Beneficiary? {
        try await BeneficiaryRepository(database: database).find(id: id)
    }

    func isPublicArticle(id: UUID) async throws -> Bool {
        try await ArticleRepository(database: database).find(id: id)?.isPublic == true
    }

    func requestType(id: UUID) async throws -> RequestType? {
        try await RequestTypeRepository(database: database).type(id: id)
    }

    func answerWorkingDays() async throws -> Int {
        try await WorkingCalendarRepository(database: database).integerSetting(
            RequestSettingKey.inquiryAnswerDays, fallback: Inquiry.standardAnswerWorkingDays)
    }

    func workingCalendar() async throws -> WorkingCalendar {
        try await calendarCache.calendar(on: database)
    }

    func nextRequestReference(on day: GregorianDay) async throws -> String {
        try await RequestRepository(database: database).nextReference(on: day)
    }

    func createRequest(_ request: SupportRequest, by staff: StaffMember, at now: Date) async throws {
        try await RequestRepository(database: database).create(request, at: now)
        try await RequestTimelineRepository(database: database).addEvent(
            requestID: request.id, event: .recorded(.create), from: nil, to: .draft, note: "", actorID: staff.id,
            actorName: staff.displayName, at: now)
    }

    func tellAsker(_ asker: Beneficiary, answered: Inquiry, staffID: UUID?, staffBranch: UUID?) async throws {
        try await Notifier(
            database: database, settings: configuration.notifications, timeZone: configuration.timeZone, now: now
        )
        .notify(
            asker, of: .inquiryAnswered,
            .init(reference: answered.reference, link: PortalURL.inquiry(answered.id).path, relatedID: answered.id))
        let subject = SurveyInviter.Subject(
            scope: .inquiry, kind: "inquiry", id: answered.id, reference: answered.reference, branchID: staffBranch,
            channel: answered.channel.rawValue, staffID: staffID)
        try await SurveyInviter(database: database, configuration: configuration, now: now).invite(
            asker, about: subject)
    }
}
