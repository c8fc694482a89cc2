import Foundation

/// Whether a supporter is a person or an organization.
public enum SupporterKind: String, CaseIterable, Codable, Sendable { case person, organization }

/// A supporter or donor (الداعم).
public struct Supporter: Sendable, Equatable, Identifiable {
    /// The supporter's identifier.
    public var id: UUID
    /// Person or organization.
    public var kind: SupporterKind
    /// The name of the person or organization.
    public var name: String
    /// For an organization, the person to talk to.
    public var contactPerson: String
    /// Mobile in E.164, if any.
    public var phone: String?
    /// E-mail, if any.
    public var email: String
    /// City.
    public var city: String
    /// The channels the supporter agreed to be contacted on.
    public var allowedChannels: Set<ContactChannel>
    /// Whether the supporter wants to hear about campaigns and reports.
    public var wantsNews: Bool
    /// Free notes.
    public var notes: String

    /// Creates a supporter.
    public init(id: UUID, kind: SupporterKind, name: String, contactPerson: String, phone: String?, email: String, city: String, allowedChannels: Set<ContactChannel>, wantsNews: Bool, notes: String) {
        self.id = id
        self.kind = kind
        self.name = name
        self.contactPerson = contactPerson
        self.phone = phone
        self.email = email
        self.city = city
        self.allowedChannels = allowedChannels
        self.wantsNews = wantsNews
        self.notes = notes
    }
}

/// What a supporter gave.
public enum SupportKind: String, CaseIterable, Codable, Sendable { case cash, inKind }

/// One gift from a supporter.
public struct SupportEntry: Sendable, Equatable, Identifiable {
    /// The entry's identifier.
    public var id: UUID
    /// The supporter.
    public var supporterID: UUID
    /// Cash or in kind.
    public var kind: SupportKind
    /// The amount, or the estimated value of goods.
    public var amount: Money
    /// What was given, for in-kind support.
    public var items: String
    /// What it is meant for (a program, a campaign, general).
    public var designation: String
    /// The day it was received.
    public var receivedOn: GregorianDay

    /// Creates an entry.
    public init(id: UUID, supporterID: UUID, kind: SupportKind, amount: Money, items: String, designation: String, receivedOn: GregorianDay) {
        self.id = id
        self.supporterID = supporterID
        self.kind = kind
        self.amount = amount
        self.items = items
        self.designation = designation
        self.receivedOn = receivedOn
    }
}

/// Where a volunteer's application stands.
public enum VolunteerStatus: String, CaseIterable, Codable, Sendable { case applied, approved, declined, inactive }

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
    public init(id: UUID, fullName: String, phone: String, email: String, city: String, skills: String, availability: String, status: VolunteerStatus, appliedAt: Date, fromPublicForm: Bool) {
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

/// A task a volunteer is assigned to.
public struct VolunteerAssignment: Sendable, Equatable, Identifiable {
    /// The assignment's identifier.
    public var id: UUID
    /// The volunteer.
    public var volunteerID: UUID
    /// What the task is.
    public var title: String
    /// The branch it is for.
    public var branchID: UUID?
    /// The first day.
    public var startsOn: GregorianDay
    /// The last day, if known.
    public var endsOn: GregorianDay?

    /// Creates an assignment.
    public init(id: UUID, volunteerID: UUID, title: String, branchID: UUID?, startsOn: GregorianDay, endsOn: GregorianDay?) {
        self.id = id
        self.volunteerID = volunteerID
        self.title = title
        self.branchID = branchID
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}

/// Hours a volunteer worked on a day.
public struct VolunteerHours: Sendable, Equatable, Identifiable {
    /// The entry's identifier.
    public var id: UUID
    /// The volunteer.
    public var volunteerID: UUID
    /// The assignment, if any.
    public var assignmentID: UUID?
    /// The day worked.
    public var workedOn: GregorianDay
    /// Minutes worked (kept in minutes so quarter hours add up exactly).
    public var minutes: Int

    /// Creates an entry.
    public init(id: UUID, volunteerID: UUID, assignmentID: UUID?, workedOn: GregorianDay, minutes: Int) {
        self.id = id
        self.volunteerID = volunteerID
        self.assignmentID = assignmentID
        self.workedOn = workedOn
        self.minutes = minutes
    }
}
