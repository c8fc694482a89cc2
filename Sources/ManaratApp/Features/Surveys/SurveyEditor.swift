/// Defining the survey of one scope: its titles, questions and whether invitations use it.
enum SurveyEditor {}
