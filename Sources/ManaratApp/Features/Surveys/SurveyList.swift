/// The administrators' list of survey scopes: each service and inquiries, with the survey in use.
enum SurveyList {}
