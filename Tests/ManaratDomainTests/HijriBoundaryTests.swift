import Foundation
import Testing

@testable import ManaratDomain

/// Dates typed in Hijri drive ages and document validity. These cases sit where ICU's calendar is
/// a day off the official one (before 2000, after mid-2029), so they fail if any of it bypasses
/// the official table.
@Suite("Ages and document validity across the 2029 boundary")
struct HijriBoundaryTests {
    static func hijri(_ text: String) throws -> GregorianDay {
        try DateInput.parse(text, calendar: .hijri).get()
    }

    @Test("an identity copy expiring 1 Muharram 1452 AH is valid on 3 May 2030 and expired on 4 May 2030")
    func documentValidityAfter2029() throws {
        // setup
        let expiry = try Self.hijri("1/1/1452")
        let identity = try IdentityNumber.parse("1000000008", type: .nationalID).get()
        let requirement = [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)]
        let document = [ProvidedDocument(kind: .identityCopy, issuedOn: nil, expiresOn: expiry)]
        func problems(on day: GregorianDay) -> [IntakeProblem] {
            IntakeVerification.problems(
                requiredFields: [], values: [:], requiredDocuments: requirement, documents: document,
                identityOnRecord: identity, identityOnRequest: identity, submittedOn: day)
        }
        // act
        let onExpiryDay = problems(on: GregorianDay(year: 2030, month: 5, day: 3)!)
        let dayAfter = problems(on: GregorianDay(year: 2030, month: 5, day: 4)!)
        // assert
        #expect(expiry == GregorianDay(year: 2030, month: 5, day: 3))
        #expect(onExpiryDay.isEmpty)
        #expect(dayAfter == [.documentExpired(.identityCopy, expiredOn: expiry)])
    }

    @Test("someone born 1 Muharram 1400 AH turns 50 on 20 November 2029, not a day later")
    func ageFromHijriBirthDate() throws {
        // setup
        let born = try Self.hijri("١/١/١٤٠٠")
        // act
        let dayBefore = Beneficiary.ageInYears(bornOn: born, on: GregorianDay(year: 2029, month: 11, day: 19)!)
        let birthday = Beneficiary.ageInYears(bornOn: born, on: GregorianDay(year: 2029, month: 11, day: 20)!)
        // assert
        #expect(born == GregorianDay(year: 1979, month: 11, day: 20))
        #expect(dayBefore == 49)
        #expect(birthday == 50)
    }

    @Test(
        "an identity typed as expiring 29 Dhu al-Hijjah 1451 AH, the month's last day, is flagged expired from 3 May 2030 on"
    )
    func identityExpiryFlag() throws {
        // setup
        let expiry = try Self.hijri("29/12/1451")
        // act
        let lastValidDay = IdentityNumber.isExpired(expiresOn: expiry, on: GregorianDay(year: 2030, month: 5, day: 2)!)
        let firstExpiredDay = IdentityNumber.isExpired(
            expiresOn: expiry, on: GregorianDay(year: 2030, month: 5, day: 3)!)
        // assert
        #expect(expiry == GregorianDay(year: 2030, month: 5, day: 2))
        #expect(!lastValidDay)
        #expect(firstExpiredDay)
    }

    @Test("a response due date counted from a Hijri submission date after 2029 uses the official day")
    func responseClockAfter2029() throws {
        // setup
        let submitted = try Self.hijri("1/1/1452")
        // act
        let expected = ResponseClock.expectedResponseDay(
            submittedOn: submitted, workingDays: 10, calendar: WorkingCalendar(), pauses: [], today: submitted)
        // assert
        #expect(submitted.weekday == .friday)
        #expect(expected == GregorianDay(year: 2030, month: 5, day: 16))
    }
}
