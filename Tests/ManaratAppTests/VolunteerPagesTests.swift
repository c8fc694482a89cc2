import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Volunteers: every page in Arabic and English, the forms read without a server, and the
/// service on an in-memory store.
@Suite("Volunteers")
struct VolunteerPagesTests {
    static let today = GregorianDay(year: 2023, month: 2, day: 21)!

    static func service(_ store: InMemoryVolunteerStore, clock: TestClock = TestClock()) -> VolunteerService {
        VolunteerService(
            store: store, clock: clock.wallClock, ids: .sequential(), timeZone: TimeZone(identifier: "Asia/Riyadh")!)
    }

    /// The problems `result` was refused for; none when it was not.
    static func problems<Value>(_ result: Result<Value, VolunteerProblems>) -> [VolunteerProblem] {
        if case .failure(let refused) = result { return refused.problems }
        return []
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "volunteer-list",
            { VolunteerList.render(.mock, context: .mock($0, staff: .mockRelations, path: "/staff/volunteers")) }
        ),
        ("volunteer-file", { VolunteerPage.render(.mock, context: .mock($0, staff: .mockRelations)) }),
        (
            "volunteer-apply-refused",
            { VolunteerApplicationPage.render(.mockPublicRefused, context: .mock($0, path: "/volunteer")) }
        ),
        (
            "volunteer-new",
            {
                VolunteerApplicationPage.render(
                    .mockStaffNew, context: .mock($0, staff: .mockRelations, path: "/staff/volunteers/new"))
            }
        ),
        (
            "volunteer-thanks",
            { VolunteerThanksPage.render(.standard, context: .mock($0, path: "/volunteer/thanks")) }
        ),
    ]

    @Test("each volunteer page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("an application needs a name, a Saudi mobile, a city and skills; an empty phone is missing, a landline wrong")
    func application() throws {
        // act
        let refused = Self.problems(VolunteerApplicationPage.Model.mockPublicRefused.form.parsed())
        let noPhone = Self.problems(VolunteerForm(fullName: "ريم", city: "الرياض", skills: "تدريس").parsed())
        let wrongEmail = VolunteerForm(
            fullName: " ريم سليمان العنزي ", phone: "٠٥٦١٢٣٤٥٦٧", email: "reem@", city: "الرياض", skills: "تدريس"
        ).parsed()
        let accepted = try VolunteerForm(
            fullName: " ريم سليمان العنزي ", phone: "٠٥٦١٢٣٤٥٦٧", city: "الرياض", skills: "تدريس الرياضيات"
        ).parsed().get()
        // assert
        #expect(refused == VolunteerApplicationPage.Model.mockPublicRefused.problems)
        #expect(noPhone == [.phoneMissing])
        #expect(Self.problems(wrongEmail) == [.emailInvalid])
        #expect(accepted.fullName == "ريم سليمان العنزي")
        #expect(accepted.phone == "+966561234567")
        #expect(
            VolunteerText(strings: Strings(language: .english)).errors(refused).map(\.field) == [
                "phone", "city", "skills",
            ])
    }

    @Test("an application arrives applied, now, marked as from the public form or recorded by staff")
    func applied() async throws {
        // setup
        let clock = TestClock()
        let store = InMemoryVolunteerStore()
        let service = Self.service(store, clock: clock)
        let draft = try VolunteerForm(fullName: "ريم", phone: "0561234567", city: "الرياض", skills: "تدريس").parsed()
            .get()
        // act
        let volunteer = service.volunteer(draft, fromPublicForm: true)
        try await service.save(volunteer)
        let listed = try await VolunteerList.Model.query(store, status: .applied, staff: .mockQuality)
        // assert
        #expect(volunteer.status == .applied)
        #expect(volunteer.appliedAt == clock.now)
        #expect(volunteer.fromPublicForm)
        #expect(listed.volunteers == [volunteer])
        #expect(!listed.mayManage)
    }

    @Test("an application moves only to the statuses its buttons offer")
    func statuses() {
        // setup
        let service = Self.service(InMemoryVolunteerStore())
        // act
        let approved = service.moved(.mockMajedApplied, to: .approved)
        let skipped = service.moved(.mockMajedApplied, to: .inactive)
        // assert
        #expect(approved?.status == .approved)
        #expect(skipped == nil)
        #expect(VolunteerStatusForm(status: "archived").chosen == nil)
        #expect(VolunteerStatusForm(status: "declined").chosen == .declined)
    }

    @Test("a volunteer not yet approved is given no task, and is told so beside the form's own problems")
    func assignments() async throws {
        // setup
        let store = InMemoryVolunteerStore(volunteers: [.mockReem, .mockMajedApplied])
        let service = Self.service(store)
        let wrong = VolunteerAssignmentForm(
            title: " ", startsOn: "01/03/2023", startsOnCalendar: "gregorian", endsOn: "28/02/2023",
            endsOnCalendar: "gregorian")
        let right = VolunteerAssignmentForm(
            title: "توزيع السلال الرمضانية", branchID: Branch.mockHeadOffice.id.uuidString.lowercased(),
            startsOn: "23/03/2023", startsOnCalendar: "gregorian")
        // act
        let refused = service.assignment(wrong, for: .mockMajedApplied)
        let notYet = service.assignment(right, for: .mockMajedApplied)
        let assignment = try service.assignment(right, for: .mockReem).get()
        try await service.add(assignment)
        // assert
        #expect(Self.problems(refused) == [.titleMissing, .endBeforeStart, .notApprovedForAssignment])
        #expect(Self.problems(notYet) == [.notApprovedForAssignment])
        #expect(await store.assignments.map(\.branchID) == [Branch.mockHeadOffice.id])
        #expect(assignment.startsOn == GregorianDay(year: 2023, month: 3, day: 23))
        #expect(assignment.endsOn == nil)
    }

    @Test("hours are read in either digits as minutes, today unless said, never in the future nor over 24 a day")
    func hoursForm() throws {
        // setup
        let id = UUID(uuidString: "00000000-0000-4000-8000-0000000001b7")!
        let reem = Volunteer.mockReem.id
        // act
        let twoAndAHalf = try VolunteerHoursForm(hours: "٢٫٥").parsed(as: id, of: reem, today: Self.today).get()
        let refused = VolunteerHoursForm(workedOn: "22/02/2023", workedOnCalendar: "gregorian", hours: "25").parsed(
            as: id, of: reem, today: Self.today)
        // assert
        #expect(twoAndAHalf.minutes == 150)
        #expect(twoAndAHalf.workedOn == Self.today)
        #expect(Self.problems(refused) == [.workedInFuture, .hoursInvalid])
        let text = VolunteerText(strings: Strings(language: .english))
        #expect([text.hours(180), text.hours(150), text.hours(75)] == ["3", "2.5", "1.25"])
    }

    @Test("hours of a volunteer not approved are refused with that alone; an assignment not theirs is refused")
    func hours() async throws {
        // setup
        let store = InMemoryVolunteerStore(
            volunteers: [.mockReem, .mockMajedApplied], assignments: [.mockRamadanTask])
        let service = Self.service(store)
        let elsewhere = UUID(uuidString: "00000000-0000-4000-8000-0000000001b8")!
        // act
        let notApproved = try await service.hours(VolunteerHoursForm(hours: "abc"), for: .mockMajedApplied)
        let foreign = try await service.hours(
            VolunteerHoursForm(hours: "2", assignmentID: elsewhere.uuidString), for: .mockReem)
        let task = VolunteerAssignment.mockRamadanTask.id.uuidString.lowercased()
        let logged = try await service.hours(VolunteerHoursForm(hours: "٢٫٥", assignmentID: task), for: .mockReem).get()
        try await service.add(logged)
        let file = try await VolunteerPage.Model.query(store, volunteer: .mockReem, staff: .mockRelations, saved: false)
        // assert
        #expect(Self.problems(notApproved) == [.notApprovedForHours])
        #expect(Self.problems(foreign) == [.assignmentUnknown])
        #expect(file.hours.map(\.minutes) == [150])
        #expect(file.hours.first?.assignmentID == VolunteerAssignment.mockRamadanTask.id)
        #expect(file.hours.first?.workedOn == Self.today)
        #expect(file.mayManage)
        #expect(VolunteerText(strings: Strings(language: .english)).hoursTotal(file.totalMinutes) == "Total: 2.5 hours")
    }
}
