import Foundation
import ManaratDomain
import Vapor

extension Request {
    /// The request workflow's store for this request: its connection, its actor for the audit
    /// log, its moment and the instance's calendar cache.
    var requestStore: DatabaseRequestStore {
        DatabaseRequestStore(
            database: db, actor: auditActor, now: now, configuration: manarat.configuration,
            calendarCache: manarat.calendarCache)
    }

    /// Who acts on a request here: the signed-in staff member, else the signed-in applicant.
    var requestActor: RequestActor {
        if let staff { return .staff(staff) }
        let beneficiary = signedInBeneficiary
        return .beneficiary(id: beneficiary?.id ?? UUID.routePlaceholder, name: beneficiary?.displayName ?? "")
    }

    /// The request workflow for this request's actor, store and moment.
    var requestWorkflow: RequestWorkflow {
        RequestWorkflow(
            store: requestStore, actor: requestActor, now: now,
            today: GregorianDay(now, timeZone: manarat.configuration.timeZone))
    }
}
