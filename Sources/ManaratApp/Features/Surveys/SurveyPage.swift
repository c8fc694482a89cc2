/// The survey a beneficiary answers from a one-tap link, or on the branch tablet: the overall
/// rating, the scope's questions, and a comment.
enum SurveyPage {}
