/// One volunteer's file: the application and its status, their assignments, hours and contacts.
enum VolunteerPage {}
