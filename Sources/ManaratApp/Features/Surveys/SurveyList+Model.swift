import ManaratDomain

extension SurveyList {
    /// What the list shows.
    struct Model: Sendable, Equatable {
        /// Every survey defined, active or retired.
        var surveys: [Survey]

        /// The survey invitations of `scope` use, if an administrator defined one.
        func active(for scope: SurveyScope) -> Survey? {
            surveys.first { $0.scope == scope && $0.isActive }
        }
    }
}
