/// A volunteer's application as typed, checked, before it has an id and a time.
struct VolunteerDraft: Sendable, Equatable {
    var fullName: String
    /// The mobile in E.164.
    var phone: String
    var email: String
    var city: String
    var skills: String
    var availability: String
}
