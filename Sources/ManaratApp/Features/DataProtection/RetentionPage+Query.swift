import Foundation
import ManaratDomain
import ManaratPersistence

extension RetentionPage.Model {
    /// The page over `store` at `now`, showing `form` (the schedule in force when nil) and `holdForm`.
    static func query(
        _ store: any RetentionStore, now: Date, timeZone: TimeZone, form: RetentionScheduleForm? = nil,
        holdForm: LegalHoldForm = LegalHoldForm(), problems: [DataProtectionProblem] = [], saved: Bool = false
    ) async throws -> Self {
        let schedule = try await store.schedule()
        return Self(
            form: form ?? RetentionScheduleForm(schedule: schedule), holdForm: holdForm,
            holds: try await store.legalHolds(),
            // What the run would do now: read only (a dry run changes nothing).
            preview: try await store.preview(schedule, now: now, timeZone: timeZone), problems: problems, saved: saved)
    }
}
