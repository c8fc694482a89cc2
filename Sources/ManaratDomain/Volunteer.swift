import Foundation

/// A volunteer (المتطوع).
public struct Volunteer: Sendable, Equatable, Identifiable {
    /// The volunteer's identifier.
    public var id: UUID
    /// Full name.
    public var fullName: String
    /// Mobile in E.164.
    public var phone: String
    /// E-mail, if given.
    public var email: String
    /// City.
    public var city: String
    /// Skills, as told.
    public var skills: String
    /// When they can help, as told.
    public var availability: String
    /// Application status.
    public var status: VolunteerStatus
    /// When the application arrived.
    public var appliedAt: Date
    /// Whether it came from the public form (rather than recorded by staff).
    public var fromPublicForm: Bool

    /// Creates a volunteer.
    public init(
        id: UUID, fullName: String, phone: String, email: String, city: String, skills: String, availability: String,
        status: VolunteerStatus, appliedAt: Date, fromPublicForm: Bool
    ) {
        self.id = id
        self.fullName = fullName
        self.phone = phone
        self.email = email
        self.city = city
        self.skills = skills
        self.availability = availability
        self.status = status
        self.appliedAt = appliedAt
        self.fromPublicForm = fromPublicForm
    }

    /// The statuses an application may move to from this one.
    public var nextStatuses: [VolunteerStatus] {
        switch status {
        case .applied: return [.approved, .declined]
        case .approved: return [.inactive]
        case .declined: return [.approved]
        case .inactive: return [.approved]
        }
    }
}
