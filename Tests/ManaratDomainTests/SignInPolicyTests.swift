import Foundation
import Testing

@testable import ManaratDomain

@Suite("Sign-in and session rules")
struct SignInPolicyTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("the fifth failure in a row locks the account for the lock duration")
    func fifthFailureLocks() {
        // setup
        let policy = LockoutPolicy(maxFailures: 5, lockDuration: 900)
        var failures = 0
        var outcomes: [LockoutPolicy.Outcome] = []
        // act
        for _ in 1...5 {
            let outcome = policy.failure(previousFailures: failures, at: start)
            outcomes.append(outcome)
            failures = outcome.failures
        }
        // assert
        #expect(outcomes.prefix(4).allSatisfy { $0.lockedUntil == nil })
        #expect(outcomes[3].failures == 4)
        #expect(outcomes[4].lockedUntil == start.addingTimeInterval(900))
        #expect(outcomes[4].failures == 0)
    }

    @Test("a lock holds until its end and not a second longer")
    func lockEnds() {
        // setup
        let policy = LockoutPolicy(maxFailures: 5, lockDuration: 900)
        let until = start.addingTimeInterval(900)
        // act
        let during = policy.isLocked(until: until, at: start.addingTimeInterval(899))
        let after = policy.isLocked(until: until, at: until)
        let never = policy.isLocked(until: nil, at: start)
        // assert
        #expect(during)
        #expect(!after)
        #expect(!never)
    }

    @Test("a session dies after the idle timeout and after its absolute lifetime")
    func sessionTimeouts() {
        // setup
        let policy = SessionPolicy(idleTimeout: 1800, absoluteLifetime: 12 * 3600, touchInterval: 60)
        // act
        let fresh = policy.isAlive(createdAt: start, lastSeenAt: start, at: start.addingTimeInterval(1799))
        let idle = policy.isAlive(createdAt: start, lastSeenAt: start, at: start.addingTimeInterval(1800))
        let busyButOld = policy.isAlive(
            createdAt: start, lastSeenAt: start.addingTimeInterval(12 * 3600 - 10),
            at: start.addingTimeInterval(12 * 3600))
        // assert
        #expect(fresh)
        #expect(!idle)
        #expect(!busyButOld)
    }

    @Test("last-seen is written only once per touch interval")
    func touchInterval() {
        // setup
        let policy = SessionPolicy(idleTimeout: 1800, absoluteLifetime: 3600, touchInterval: 60)
        // act
        let soon = policy.needsTouch(lastSeenAt: start, at: start.addingTimeInterval(59))
        let later = policy.needsTouch(lastSeenAt: start, at: start.addingTimeInterval(60))
        // assert
        #expect(!soon)
        #expect(later)
    }

    @Test("passwords shorter than ten characters or longer than bcrypt's 72 bytes are refused")
    func passwordRules() {
        // setup
        let arabicLong = String(repeating: "ك", count: 37)  // 74 bytes in UTF-8
        // act
        let short = PasswordRule.violations(of: "abc123")
        let fine = PasswordRule.violations(of: "كلمة مرور طويلة")
        let long = PasswordRule.violations(of: arabicLong)
        // assert
        #expect(short == [.tooShort(minimum: 10)])
        #expect(fine.isEmpty)
        #expect(long == [.tooLong(maximumBytes: 72)])
    }
}

@Suite("Staff rules")
struct StaffRulesTests {
    @Test("usernames are trimmed and lower-cased; other characters are refused")
    func usernames() {
        // setup
        let inputs = ["  Noura.Q ", "", "نورة", "a b", String(repeating: "a", count: 41)]
        // act
        let results = inputs.map(StaffRules.normalizedUsername)
        // assert
        #expect(results[0] == .success("noura.q"))
        #expect(results[1] == .failure(.empty))
        #expect(results[2] == .failure(.invalidCharacters))
        #expect(results[3] == .failure(.invalidCharacters))
        #expect(results[4] == .failure(.tooLong(maximum: 40)))
    }

    @Test("roles are ordered as the policy lists them")
    func roleOrder() {
        // setup
        let shuffled: Set<Role> = [.quality, .admin, .committee]
        // act
        let sorted = shuffled.sorted()
        // assert
        #expect(sorted == [.admin, .committee, .quality])
    }
}

@Suite("Audit record hashing input")
struct AuditRecordTests {
    let record = AuditRecord(
        sequence: 7, occurredAt: Date(timeIntervalSince1970: 1_676_959_200.123_4), actorID: nil, actorName: "system",
        actingRole: nil, action: "staff.create", recordType: "staff", recordID: "x", summary: "a|b", clientIP: nil)

    @Test("every field changes the canonical text, and separators inside values cannot fake a field")
    func canonicalTextCoversEveryField() {
        // setup
        var shifted = record
        shifted.summary = "a"
        shifted.clientIP = "b"
        var renamed = record
        renamed.actorName = "admin"
        // act
        let base = record.canonicalText(previousHash: "p")
        let other = shifted.canonicalText(previousHash: "p")
        let otherActor = renamed.canonicalText(previousHash: "p")
        let otherPrevious = record.canonicalText(previousHash: "q")
        // assert
        #expect(base != other)
        #expect(base != otherActor)
        #expect(base != otherPrevious)
        #expect(base.contains("3:a|b"))
    }

    @Test("stored instants keep whole milliseconds so a re-read record hashes the same")
    func storedInstant() {
        // setup
        let instant = Date(timeIntervalSince1970: 1_676_959_200.123_456)
        // act
        let stored = AuditRecord.storedInstant(instant)
        var reread = record
        reread.occurredAt = stored.addingTimeInterval(0.000_000_1)
        var original = record
        original.occurredAt = stored
        // assert
        #expect(stored.timeIntervalSince1970 == 1_676_959_200.123)
        #expect(original.canonicalText(previousHash: "") == reread.canonicalText(previousHash: ""))
    }
}

@Suite("Codes of administrator-managed lists")
struct ListCodeTests {
    @Test("codes are trimmed and lower-cased; spaces, Arabic and over-long codes are refused")
    func codes() {
        // setup
        let inputs = [" Rent ", "food-basket", "كفالة", "two words", String(repeating: "a", count: 41), ""]
        // act
        let results = inputs.map(StaffRules.normalizedCode)
        // assert
        #expect(results == ["rent", "food-basket", nil, nil, nil, nil])
    }
}
