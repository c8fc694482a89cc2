/// The complaint and suggestion form, for visitors (anonymously if they like) and for signed-in
/// beneficiaries, with the reference of what was just sent.
enum FeedbackFormPage {}
