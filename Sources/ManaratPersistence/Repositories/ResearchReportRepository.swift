import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The social researcher's reports on a request.
public struct ResearchReportRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Adds a research report.
    public func addResearchReport(_ report: ResearchReport, requestID: UUID, researcherID: UUID?) async throws {
        let row = ResearchReportModel()
        row.id = try database.ids.next()
        row.requestID = requestID
        row.researcherID = researcherID
        row.researcherName = report.researcherName
        row.kind = report.kind.rawValue
        row.visitedOn = report.visitedOn.description
        let protection = try database.protection
        row.findings = protection.seal(report.findings, as: .researchFindings)
        row.householdSituation = protection.seal(report.householdSituation, as: .householdSituation)
        row.recommendation = report.recommendsApproval ? "approve" : "reject"
        row.recommendedService = report.recommendedService?.rawValue
        row.recommendedAmount = report.recommendedAmount.halalas
        row.recommendedQuantity = report.recommendedQuantity
        row.needsTotal = report.updatedNeeds?.total
        row.needsLevel = report.updatedNeeds?.level.rawValue
        row.createdAt = report.createdAt
        try await row.create(on: database)
    }

    /// A request's research reports, newest first.
    public func researchReports(of requestID: UUID) async throws -> [ResearchReport] {
        let protection = try database.protection
        return try await ResearchReportModel.query(on: database).filter(\.$requestID == requestID).sort(
            \.$createdAt, .descending
        ).all().map { row in
            var report = ResearchReport(
                kind: ResearchReport.Kind(rawValue: row.kind) ?? .officeAssessment,
                visitedOn: GregorianDay(iso: row.visitedOn) ?? GregorianDay(julianDayNumber: 0),
                findings: try protection.open(row.findings, as: .researchFindings),
                householdSituation: try protection.open(row.householdSituation, as: .householdSituation),
                recommendsApproval: row.recommendation == "approve",
                recommendedService: row.recommendedService.flatMap(ServiceKind.init(rawValue:)),
                recommendedAmount: Money(halalas: row.recommendedAmount), researcherName: row.researcherName,
                createdAt: row.createdAt)
            report.recommendedQuantity = row.recommendedQuantity ?? ""
            if let total = row.needsTotal, let level = row.needsLevel.flatMap(PriorityLevel.init(rawValue:)) {
                report.updatedNeeds = NeedsScoreSummary(total: total, level: level)
            }
            return report
        }
    }
}
