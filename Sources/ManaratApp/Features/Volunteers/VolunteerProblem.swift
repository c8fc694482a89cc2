import ManaratDomain

/// What is wrong with an application, an assignment or hours as sent, and the field it marks.
enum VolunteerProblem: Error, Equatable, Sendable {
    /// The name is missing or longer than 150 characters.
    case fullNameMissing
    case phoneMissing
    /// The phone is not a Saudi mobile number.
    case phoneInvalid
    /// An e-mail was typed that does not look like one.
    case emailInvalid
    /// The city is missing or longer than 60 characters.
    case cityMissing
    /// The skills are missing or longer than 1 000 characters.
    case skillsMissing
    /// The assignment's title is missing or longer than 150 characters.
    case titleMissing
    case startsOnMissing
    case startsOn(DateInputError)
    case endsOn(DateInputError)
    /// The assignment's last day is before its first.
    case endBeforeStart
    case workedOn(DateInputError)
    /// The day worked is after today.
    case workedInFuture
    /// The hours are not a number above zero and at most 24.
    case hoursInvalid
    /// The assignment chosen is not one of the volunteer's.
    case assignmentUnknown
    /// Only an approved volunteer is given tasks; marks the assignment's title.
    case notApprovedForAssignment
    /// Only an approved volunteer logs hours; marks the hours.
    case notApprovedForHours

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .fullNameMissing: return VolunteerForm.Field.fullName.rawValue
        case .phoneMissing, .phoneInvalid: return VolunteerForm.Field.phone.rawValue
        case .emailInvalid: return VolunteerForm.Field.email.rawValue
        case .cityMissing: return VolunteerForm.Field.city.rawValue
        case .skillsMissing: return VolunteerForm.Field.skills.rawValue
        case .titleMissing, .notApprovedForAssignment: return VolunteerAssignmentForm.Field.title.rawValue
        case .startsOnMissing, .startsOn: return VolunteerAssignmentForm.Field.startsOn.rawValue
        case .endsOn, .endBeforeStart: return VolunteerAssignmentForm.Field.endsOn.rawValue
        case .workedOn, .workedInFuture: return VolunteerHoursForm.Field.workedOn.rawValue
        case .hoursInvalid, .notApprovedForHours: return VolunteerHoursForm.Field.hours.rawValue
        case .assignmentUnknown: return VolunteerHoursForm.Field.assignmentID.rawValue
        }
    }
}
