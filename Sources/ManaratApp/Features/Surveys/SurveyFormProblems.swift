/// Every problem a survey form or a branch tablet survey was refused for, as one error.
struct SurveyFormProblems: Error, Equatable {
    var problems: [SurveyFormProblem]
}
