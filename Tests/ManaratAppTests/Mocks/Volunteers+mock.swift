import Foundation
import ManaratDomain

@testable import ManaratApp

extension Volunteer {
    /// Reem, who applied from the public form on 19 February 2023 and was approved.
    static let mockReem = Volunteer(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001b1")!, fullName: "ريم سليمان العنزي",
        phone: "+966561234567", email: "reem@example.org", city: "الرياض", skills: "تدريس الرياضيات",
        availability: "مساء الخميس", status: .approved, appliedAt: Date(timeIntervalSince1970: 1_676_786_400),
        fromPublicForm: true)

    /// Majed, recorded by staff on 20 February 2023, waiting for a decision.
    static let mockMajedApplied = Volunteer(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001b2")!, fullName: "ماجد فهد الحربي",
        phone: "+966551234567", email: "", city: "الخرج", skills: "قيادة السيارة", availability: "",
        status: .applied, appliedAt: Date(timeIntervalSince1970: 1_676_872_800), fromPublicForm: false)
}

extension VolunteerAssignment {
    /// Reem's task at the head office: Ramadan's food baskets, 23 March to 20 April 2023.
    static let mockRamadanTask = VolunteerAssignment(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001b3")!, volunteerID: Volunteer.mockReem.id,
        title: "توزيع السلال الرمضانية", branchID: Branch.mockHeadOffice.id,
        startsOn: GregorianDay(year: 2023, month: 3, day: 23)!, endsOn: GregorianDay(year: 2023, month: 4, day: 20))
}

extension VolunteerHours {
    /// Two and a half hours on the baskets on 20 February 2023.
    static let mockTwoAndAHalf = VolunteerHours(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001b4")!, volunteerID: Volunteer.mockReem.id,
        assignmentID: VolunteerAssignment.mockRamadanTask.id,
        workedOn: GregorianDay(year: 2023, month: 2, day: 20)!, minutes: 150)

    /// An hour and a quarter on no assignment on 19 February 2023.
    static let mockQuarterPast = VolunteerHours(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001b5")!, volunteerID: Volunteer.mockReem.id,
        assignmentID: nil, workedOn: GregorianDay(year: 2023, month: 2, day: 19)!, minutes: 75)
}

extension Contact {
    /// The relations employee's call to Reem about her first task, on the morning of 21 February 2023.
    static let mockReemCall = Contact(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001b6")!, partyKind: .volunteer,
        partyID: Volunteer.mockReem.id, channel: .phone, direction: .outgoing, branchID: nil,
        staffID: StaffMember.mockRelations.id, summary: "أبلغناها بموعد أول مهمة.",
        followUpOn: GregorianDay(year: 2023, month: 3, day: 22), followUpDone: false,
        occurredAt: Date(timeIntervalSince1970: 1_676_955_600))
}

extension VolunteerList.Model {
    /// Every volunteer, newest application first, read by a manager.
    static let mock = VolunteerList.Model(status: nil, volunteers: [.mockMajedApplied, .mockReem], mayManage: true)
}

extension VolunteerPage.Model {
    /// Reem's file just after a save: her task, two days' hours and a call.
    static let mock = VolunteerPage.Model(
        volunteer: .mockReem, assignments: [.mockRamadanTask], hours: [.mockTwoAndAHalf, .mockQuarterPast],
        contacts: [ContactLine(contact: .mockReemCall, recordedBy: StaffMember.mockRelations.displayName)],
        branches: [.mockHeadOffice, .mockKharjClosed], mayManage: true, saved: true)
}

extension VolunteerApplicationPage.Model {
    /// A public application refused: a landline typed as the mobile, no city and no skills.
    static let mockPublicRefused = VolunteerApplicationPage.Model(
        isPublic: true,
        form: VolunteerForm(fullName: "ريم سليمان العنزي", phone: "0112345678", email: "reem@example.org"),
        problems: [.phoneInvalid, .cityMissing, .skillsMissing])

    /// The staff's empty form for recording a volunteer.
    static let mockStaffNew = VolunteerApplicationPage.Model(isPublic: false, form: VolunteerForm(), problems: [])
}
