extension AssessmentRepository: AssessmentStore {}
