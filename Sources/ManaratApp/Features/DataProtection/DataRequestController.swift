import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Beneficiaries' data-subject requests (access, correction, deletion) with their 30-day clock.
struct DataRequestController {
    /// An answer to a request.
    struct AnswerForm: Content {
        var answer: String?
    }

    /// Why a request's 30 days are extended.
    struct ExtensionForm: Content {
        var reason: String?
    }

    func list(_ request: Request) async throws -> Response {
        try await page(request, problems: [], status: .ok)
    }

    func answer(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.dataRequestID, as: UUID.self) else { throw Abort(.notFound) }
        let answer = (try request.content.decode(AnswerForm.self).answer ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard !answer.isEmpty else { throw Abort(.badRequest) }
        do {
            try await request.audited(
                action: .dataRequestAnswer, recordType: .dataRequest, recordID: id.uuidString, summary: "answered"
            ) { db in
                try await request.dataProtection(on: db).answer(id, with: answer)
            }
        } catch is RecordNotFound {
            throw Abort(.notFound)
        }
        return request.redirect(to: StaffURL.dataRequests.path, redirectType: .normal)
    }

    /// Extends an open request's 30 days once, by 30 more, for a recorded reason the beneficiary sees.
    func extend(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.dataRequestID, as: UUID.self),
            let item = try await PortalRepository(database: request.db).dataRequest(id: id)
        else { throw Abort(.notFound) }
        let reason = (try request.content.decode(ExtensionForm.self).reason ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        do {
            let day = try request.dataProtection().extendedDay(of: item, reason: reason).get()
            try await request.audited(
                action: .dataRequestExtend, recordType: .dataRequest, recordID: id.uuidString,
                summary: "due \(item.dueOn) → \(day)"
            ) { db in
                try await request.dataProtection(on: db).extend(id, to: day, reason: reason)
            }
        } catch let refused as DataProtectionProblems {
            let missing = refused.problems.contains(.extensionReasonMissing(requestID: id))
            return try await page(
                request, problems: refused.problems, status: missing ? .unprocessableEntity : .conflict)
        }
        return request.redirect(to: StaffURL.dataRequests.path, redirectType: .normal)
    }

    private func page(_ request: Request, problems: [DataProtectionProblem], status: HTTPResponseStatus) async throws
        -> Response
    {
        let open = try await AccessMiddleware.withinBranch(
            try await PortalRepository(database: request.db).dataRequests(beneficiaryID: nil), request: request
        ) { $0.beneficiaryID }
        let names = try await RequestRepository(database: request.db).applicantNames(Set(open.map(\.beneficiaryID)))
        let model = DataRequestsPage.Model(
            requests: open.map { .init(request: $0, name: names[$0.beneficiaryID]?.name ?? "") }, problems: problems)
        return .html(DataRequestsPage.render(model, context: PageContext(request: request)), status: status)
    }
}
