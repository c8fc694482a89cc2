/// Every problem an inquiry form was refused for, as one error.
struct InquiryProblems: Error, Equatable {
    var problems: [InquiryProblem]
}
