import ManaratDomain
import Testing

@Suite("The 30-day clock of data-subject requests")
struct DataSubjectClockTests {
    @Test("a request is due 30 days after it is made; one extension with a reason adds 30 more")
    func extendOnce() {
        // setup
        let made = GregorianDay(year: 2023, month: 2, day: 21)!
        let due = DataSubjectClock.dueDay(submittedOn: made)
        // act
        let extended = DataSubjectClock.extend(
            dueOn: due, isOpen: true, alreadyExtended: false, reason: "ملفات ورقية في فرعين")
        // assert
        #expect(due == GregorianDay(year: 2023, month: 3, day: 23)!)
        #expect(extended == .success(GregorianDay(year: 2023, month: 4, day: 22)!))
    }

    @Test("no extension without a reason, a second time, or after the answer")
    func refusals() {
        // setup
        let due = GregorianDay(year: 2023, month: 3, day: 23)!
        // act
        let blank = DataSubjectClock.extend(dueOn: due, isOpen: true, alreadyExtended: false, reason: " \n ")
        let second = DataSubjectClock.extend(dueOn: due, isOpen: true, alreadyExtended: true, reason: "سبب")
        let answered = DataSubjectClock.extend(dueOn: due, isOpen: false, alreadyExtended: false, reason: "سبب")
        // assert
        #expect(blank == .failure(.reasonMissing))
        #expect(second == .failure(.alreadyExtended))
        #expect(answered == .failure(.answered))
    }
}
