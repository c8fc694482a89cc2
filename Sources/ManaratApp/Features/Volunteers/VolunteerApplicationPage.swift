/// The volunteer's application: on the public site for anyone, or recorded by staff.
enum VolunteerApplicationPage {}
