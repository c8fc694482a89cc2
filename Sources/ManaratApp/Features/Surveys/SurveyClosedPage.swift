/// What a survey link says once it takes no answer: it was answered already, or it expired.
enum SurveyClosedPage {}
