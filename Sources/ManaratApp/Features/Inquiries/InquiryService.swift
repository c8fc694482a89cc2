import Foundation
import ManaratDomain
import ManaratPersistence

/// What inquiries do, given the store, the clock, the time zone and the ids: take a question in
/// with its answer day, answer it (telling the asker), assign or refer it, turn it into a
/// request, and take the asker's rating; it holds no request. A refusal people should read is
/// thrown as `InquiryProblems`.
struct InquiryService: Sendable {
    let store: any InquiryStore
    let clock: WallClock
    let timeZone: TimeZone
    let ids: IDGenerator

    /// Who may answer inquiries.
    static let answerers: Set<Role> = [.admin, .relations, .researcher]

    private var today: GregorianDay { GregorianDay(clock.now(), timeZone: timeZone) }

    /// The inquiry `draft` makes for `beneficiaryID` through `channel`, due in the working days set.
    func inquiry(_ draft: InquiryDraft, from beneficiaryID: UUID, through channel: ContactChannel) async throws
        -> Inquiry
    {
        let calendar = try await store.workingCalendar()
        let days = try await store.answerWorkingDays()
        return Inquiry(
            id: ids.next(), reference: "", beneficiaryID: beneficiaryID, channel: channel, category: draft.category,
            question: draft.question, status: .open, referredTo: nil, answer: "", answeredBy: "", answeredAt: nil,
            answerDueOn: calendar.adding(workingDays: days, to: today), askedAt: clock.now())
    }

    /// Saves `inquiry` with `attachment`; returns it with its reference.
    @discardableResult
    func save(_ inquiry: Inquiry, attachment: DocumentUpload?, attachmentID: UUID) async throws -> Inquiry {
        let now = clock.now()
        let stored = attachment.map {
            InquiryAttachment(
                id: attachmentID, inquiryID: inquiry.id, sha256: "", format: $0.format, size: $0.bytes.count,
                originalName: $0.originalName, uploadedAt: now)
        }
        return try await store.create(inquiry, on: today, attachment: stored, bytes: attachment?.bytes, at: now)
    }

    /// `inquiry` answered with `text` by `staff`, linked to `articleID` when that article is public.
    func answered(_ inquiry: Inquiry, with text: String, article articleID: UUID?, by staff: StaffMember?) async throws
        -> Inquiry
    {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 4000, inquiry.status != .answered else {
            throw InquiryProblems(problems: [.answerMissing])
        }
        var answered = inquiry
        answered.answer = text
        answered.articleID = nil
        if let articleID, try await store.isPublicArticle(id: articleID) { answered.articleID = articleID }
        answered.status = .answered
        answered.answeredBy = staff?.displayName ?? ""
        answered.answeredAt = clock.now()
        return answered
    }

    /// Saves `answered` and tells its asker.
    func answer(_ answered: Inquiry, by staff: StaffMember?) async throws {
        try await store.update(answered)
        if let asker = try await store.beneficiary(id: answered.beneficiaryID) {
            try await store.tellAsker(asker, answered: answered, staffID: staff?.id, staffBranch: staff?.branchID)
        }
    }

    /// `inquiry` assigned to `staffID`, who must be active and may answer; and whom.
    func assigned(_ inquiry: Inquiry, to staffID: UUID?) async throws -> (inquiry: Inquiry, member: StaffMember) {
        guard inquiry.status != .answered, let staffID, let member = try await store.staffMember(id: staffID),
            member.isActive, !member.roles.isDisjoint(with: Self.answerers)
        else { throw InquiryProblems(problems: [.assigneeRequired]) }
        var assigned = inquiry
        assigned.assignedTo = member.id
        return (assigned, member)
    }

    /// `inquiry` referred to `researcherID`, who must be an active social researcher; and whom.
    func referred(_ inquiry: Inquiry, to researcherID: UUID?) async throws -> (inquiry: Inquiry, member: StaffMember) {
        guard let researcherID, let researcher = try await store.staffMember(id: researcherID), researcher.isActive,
            researcher.roles.contains(.researcher)
        else { throw InquiryProblems(problems: [.researcherRequired]) }
        var referred = inquiry
        referred.status = .referred
        referred.referredTo = researcher.id
        return (referred, researcher)
    }

    /// Saves a changed inquiry.
    func update(_ inquiry: Inquiry) async throws {
        try await store.update(inquiry)
    }

    /// Turns `inquiry` into a draft request `requestID` of `type` carrying the question, and
    /// answers the asker, in their language, with the reference to follow.
    func convert(_ inquiry: Inquiry, into type: RequestType, as requestID: UUID, by staff: StaffMember) async throws {
        let now = clock.now()
        let asker = try await store.beneficiary(id: inquiry.beneficiaryID)
        let reference = try await store.nextRequestReference(on: today)
        try await store.createRequest(
            SupportRequest(
                id: requestID, reference: reference, beneficiaryID: inquiry.beneficiaryID, typeID: type.id,
                status: .draft, channel: inquiry.channel, branchID: staff.branchID ?? asker?.branchID,
                intakeStaffID: staff.id, fieldValues: [:], details: inquiry.question, amountRequested: .zero,
                submittedAt: nil, submittedOn: nil, expectedResponseOn: nil, attestation: nil, researcherID: nil,
                decision: nil, version: 1), by: staff, at: now)
        var answered = inquiry
        answered.status = .answered
        answered.answer = InquiryText(strings: Strings(language: asker?.preferredLanguage ?? .arabic)).convertedAnswer(
            reference: reference)
        answered.answeredBy = staff.displayName
        answered.answeredAt = now
        try await answer(answered, by: staff)
    }

    /// Records the asker's rating from 1 to 5, once.
    func rate(_ inquiry: Inquiry, score: Int, comment: String) async throws -> Bool {
        try await store.rate(id: inquiry.id, score: score, comment: String(comment.prefix(2000)))
    }
}
