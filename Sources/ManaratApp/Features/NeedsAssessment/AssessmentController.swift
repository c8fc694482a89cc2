import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The needs assessment (تقدير الحاجة) and its administrator-set weights: each handler decodes
/// its form, asks `NeedsAssessmentService`, and hands the model to the page.
struct AssessmentController {
    func show(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let form = try await NeedsForm.query(on: request.db, beneficiaryID: beneficiary.id, today: today(request))
        let model = try await AssessmentPage.Model.query(store(request), beneficiary: beneficiary, form: form)
        return .html(AssessmentPage.render(model, context: PageContext(request: request)))
    }

    func create(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let form = try request.content.decode(NeedsForm.self)
        let (factors, problems) = form.parsed()
        guard problems.isEmpty else {
            let model = try await AssessmentPage.Model.query(
                store(request), beneficiary: beneficiary, form: form, problems: problems)
            return .html(
                AssessmentPage.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        // The audit entry names the score, so it is computed first with the weights in force.
        let weights = try await store(request).weights()
        let score = NeedsAssessment.score(factors, weights: weights)
        let staff = request.staff
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .assessmentCreate, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: "score=\(score.total) level=\(score.level.rawValue)"
        ) { db in
            try await NeedsAssessmentService(store: AssessmentRepository(database: db), clock: clock)
                .assess(factors, of: beneficiary.id, by: staff, weights: weights)
        }
        return request.redirect(to: StaffURL.beneficiary(beneficiary.id).path + "?saved=1", redirectType: .normal)
    }

    func showWeights(_ request: Request) async throws -> Response {
        let model = NeedsWeightsPage.Model(
            form: NeedsWeightsForm(weights: try await store(request).weights()), problems: [],
            saved: (try? request.query.get(String.self, at: "saved")) == "1")
        return .html(NeedsWeightsPage.render(model, context: PageContext(request: request)))
    }

    func saveWeights(_ request: Request) async throws -> Response {
        let form = try request.content.decode(NeedsWeightsForm.self)
        let weights: NeedsWeights
        switch form.parsed() {
        case .success(let parsed): weights = parsed
        case .failure(let refused):
            let model = NeedsWeightsPage.Model(form: form, problems: refused.problems, saved: false)
            return .html(
                NeedsWeightsPage.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        let before = try await store(request).weights()
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .needsWeightsUpdate, recordType: .settings, recordID: "needs_weights",
            summary:
                "before: \(NeedsAssessmentService.describe(before)) | after: \(NeedsAssessmentService.describe(weights))"
        ) { db in
            try await NeedsAssessmentService(store: AssessmentRepository(database: db), clock: clock)
                .setWeights(weights)
        }
        return request.redirect(to: StaffURL.needsWeights.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private func store(_ request: Request) -> any AssessmentStore {
        AssessmentRepository(database: request.db)
    }

    private func today(_ request: Request) -> GregorianDay {
        GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
    }
}
