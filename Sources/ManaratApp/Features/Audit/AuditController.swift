import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Administrators and quality officers browse the audit log: the filters decode from the query
/// string, the page's query reads the entries, and wrong filters answer 400 with their messages.
struct AuditController {
    func browse(_ request: Request) async throws -> Response {
        let filters = (try? request.query.decode(AuditFilterForm.self)) ?? AuditFilterForm()
        let model = try await AuditPage.Model.query(
            on: request.db, filters: filters, timeZone: request.manarat.configuration.timeZone)
        return .html(
            AuditPage.render(model, context: PageContext(request: request)),
            status: model.problems.isEmpty ? .ok : .badRequest)
    }
}
