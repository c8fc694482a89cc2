import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Delivering the approved service: each handler decodes its form, asks `DeliveryService`, and
/// answers with the request page (its problems shown when refused).
struct DeliveryController {
    func schedule(_ request: Request) async throws -> Response {
        let requests = RequestController()
        let file = try await requests.file(request)
        let form = try request.content.decode(DeliveryScheduleForm.self)
        guard DeliveryService.schedulable.contains(file.request.status) else {
            return try await requests.page(
                request, file: file, problems: [.notDeliverableNow], status: .unprocessableEntity)
        }
        guard form.serviceKind != nil else { throw Abort(.badRequest) }
        let (plan, problems) = form.parsed(
            approved: file.request.decision?.amount, today: request.requestWorkflow.today)
        return try await requests.act(request, file) { service in
            let delivery = DeliveryService(workflow: service.workflow, ids: request.manarat.configuration.ids)
            guard let plan, problems.isEmpty else {
                // A second schedule is refused with the form's own problems, all at once.
                let scheduled = try await !service.workflow.store.deliveries(of: file.request.id).isEmpty
                throw RequestProblems(problems + (scheduled ? [.alreadyScheduled] : []))
            }
            try await delivery.schedule(plan, on: file, version: form.version)
        }
    }

    func markDelivered(_ request: Request) async throws -> Response {
        let requests = RequestController()
        let file = try await requests.file(request)
        guard let deliveryID = request.parameter(.deliveryID, as: UUID.self) else { throw Abort(.notFound) }
        let form = try request.content.decode(DeliveredForm.self)
        do {
            return try await requests.act(request, file) { service in
                let (reference, acknowledgement) = try form.parsed().get()
                try await DeliveryService(workflow: service.workflow, ids: request.manarat.configuration.ids)
                    .markDelivered(deliveryID, of: file, reference: reference, acknowledgement: acknowledgement)
            }
        } catch is RecordNotFound {
            throw Abort(.notFound)
        }
    }

    func complete(_ request: Request) async throws -> Response {
        let requests = RequestController()
        let file = try await requests.file(request)
        let form = try request.content.decode(RequestActionForm.self)
        return try await requests.act(request, file) { service in
            try await DeliveryService(workflow: service.workflow, ids: request.manarat.configuration.ids)
                .complete(file, version: form.version)
        }
    }
}
