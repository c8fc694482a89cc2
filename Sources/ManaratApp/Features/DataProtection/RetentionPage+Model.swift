import ManaratDomain

extension RetentionPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The schedule's form as it stands.
        var form: RetentionScheduleForm
        /// The legal hold's form as it stands.
        var holdForm: LegalHoldForm
        /// The beneficiaries on legal hold.
        var holds: [LegalHold]
        /// What a run of the schedule in force would do now.
        var preview: [RetentionOutcome]
        /// What was wrong with the last post.
        var problems: [DataProtectionProblem]
        /// Whether the schedule was just saved.
        var saved: Bool
    }
}
