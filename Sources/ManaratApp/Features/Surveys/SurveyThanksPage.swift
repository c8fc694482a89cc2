/// The thanks after a survey is answered: the same for every beneficiary.
enum SurveyThanksPage {}
