/// The public thanks after an application: the same for every visitor.
enum VolunteerThanksPage {}
