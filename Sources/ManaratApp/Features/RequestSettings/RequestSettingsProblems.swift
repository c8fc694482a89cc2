/// Every problem a settings form was refused for, as one error.
struct RequestSettingsProblems: Error, Equatable {
    var problems: [RequestSettingsProblem]
}
