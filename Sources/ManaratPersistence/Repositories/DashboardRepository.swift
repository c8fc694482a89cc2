import Fluent
import Foundation
import ManaratDomain

/// Reads what the dashboard shows.
public struct DashboardRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The figures for `[from, until)`, for one branch or all.
    public func load(from: Date, until: Date, branchID: UUID?, today: GregorianDay) async throws -> DashboardData {
        var requestQuery = SupportRequestModel.query(on: database).filter(\.$createdAt >= from).filter(
            \.$createdAt < until)
        if let branchID { requestQuery = requestQuery.filter(\.$branchID == branchID) }
        let requestRows = try await requestQuery.all()
        var overdueQuery = SupportRequestModel.query(on: database)
            .filter(\.$status ~~ RequestStatus.allCases.filter { $0.awaitsDecision && !$0.pausesClock }.map(\.rawValue))
            .filter(\.$expectedResponseOn != nil).filter(\.$expectedResponseOn < today.description)
        if let branchID { overdueQuery = overdueQuery.filter(\.$branchID == branchID) }
        let overdue = try await overdueQuery.count()
        var contactQuery = ContactModel.query(on: database).filter(\.$occurredAt >= from).filter(\.$occurredAt < until)
        if let branchID { contactQuery = contactQuery.filter(\.$branchID == branchID) }
        let contacts = try await contactQuery.all().reduce(into: [ContactChannel: Int]()) { counts, row in
            if let channel = ContactChannel(rawValue: row.channel) { counts[channel, default: 0] += 1 }
        }
        let feedback = try await FeedbackModel.query(on: database).filter(\.$createdAt >= from).filter(
            \.$createdAt < until
        ).all().map { row in
            (
                kind: FeedbackKind(rawValue: row.kind) ?? .suggestion,
                closedInDays: row.closedAt.map { max(0, Int($0.timeIntervalSince(row.createdAt) / 86_400)) }
            )
        }
        let requestIDs = Set(requestRows.compactMap(\.id))
        var ratings = try await ServiceRatingModel.query(on: database).filter(\.$createdAt >= from).filter(
            \.$createdAt < until
        ).all()
            .filter { branchID == nil || requestIDs.contains($0.requestID) }
            .map { (score: $0.score, at: $0.createdAt) }
        if branchID == nil {
            ratings += try await InquiryModel.query(on: database).filter(\.$rating != nil).filter(\.$askedAt >= from)
                .filter(\.$askedAt < until).all()
                .map { (score: $0.rating ?? 0, at: $0.answeredAt ?? $0.askedAt) }
        }
        // Survey answers, by the day they were given; the branch is the one that served.
        var surveyQuery = SurveyResponseModel.query(on: database).filter(\.$answeredAt >= from).filter(
            \.$answeredAt < until)
        if let branchID {
            let invited = try await SurveyInvitationModel.query(on: database).filter(\.$branchID == branchID).filter(
                \.$answeredAt != nil
            ).all().compactMap(\.id)
            surveyQuery = surveyQuery.filter(\.$invitationID ~~ invited)
        }
        ratings += try await surveyQuery.all().map { (score: $0.rating, at: $0.answeredAt) }
        return DashboardData(
            requests: requestRows.map {
                (
                    status: RequestStatus(rawValue: $0.status) ?? .draft,
                    submittedOn: $0.submittedOn.flatMap(GregorianDay.init(iso:)),
                    expectedOn: $0.expectedResponseOn.flatMap(GregorianDay.init(iso:)), decidedAt: $0.decidedAt
                )
            },
            overdueNow: overdue, contactsByChannel: contacts, feedback: feedback, ratings: ratings
        )
    }
}
