import Foundation
import ManaratDomain
import Vapor

/// The researcher's report on a request, with the needs assessment verified on the visit (the
/// needs fields decode separately as `NeedsForm`).
struct ResearchReportForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case reportKind, visitedOn, visitedOnCalendar, findings, householdSituation, recommendation
        case recommendedService, recommendedAmount, recommendedQuantity
    }

    /// The longest findings accepted.
    static let findingsLimit = 6000

    var version: Int?
    var reportKind: String?
    var visitedOn: String?
    var visitedOnCalendar: String?
    var findings: String?
    var householdSituation: String?
    var recommendation: String?
    var recommendedService: String?
    var recommendedAmount: String?
    var recommendedQuantity: String?

    /// Whether the recommendation is one the list offers; a forged one is answered 400.
    var recommendationIsKnown: Bool { ["approve", "reject"].contains(recommendation ?? "") }

    /// The report as of `today`, by `researcherName` at `now`, or every problem with it.
    func parsed(today: GregorianDay, researcherName: String, now: Date) -> (
        report: ResearchReport?, problems: [RequestProblem]
    ) {
        var problems: [RequestProblem] = []
        var visited: GregorianDay?
        switch FormDay(visitedOn, calendar: visitedOnCalendar) {
        case .empty: problems.append(.visitedOnMissing)
        case .day(let day): visited = day
        case .invalid(let error): problems.append(.visitedOn(error))
        }
        if let day = visited, day > today { problems.append(.visitedInFuture) }
        let findings = (self.findings ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if findings.isEmpty || findings.count > Self.findingsLimit { problems.append(.findingsMissing) }
        let amount = Money.parse(recommendedAmount ?? "")
        if amount == nil { problems.append(.recommendedAmountInvalid) }
        guard problems.isEmpty, let visited, let amount else { return (nil, problems) }
        var report = ResearchReport(
            kind: reportKind.flatMap(ResearchReport.Kind.init(rawValue:)) ?? .homeVisit, visitedOn: visited,
            findings: findings, householdSituation: String((householdSituation ?? "").prefix(4000)),
            recommendsApproval: recommendation == "approve",
            recommendedService: recommendedService.flatMap(ServiceKind.init(rawValue:)), recommendedAmount: amount,
            researcherName: researcherName, createdAt: now)
        report.recommendedQuantity = String(
            (recommendedQuantity ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        return (report, [])
    }
}
