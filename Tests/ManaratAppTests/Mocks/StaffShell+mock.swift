import Foundation
import ManaratDomain

@testable import ManaratApp

extension StaffCredentials {
    /// Noura, a relations employee of head office, whose password is "correct horse battery".
    static let mockNoura = StaffCredentials(
        member: StaffMember(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, username: "noura",
            displayName: "نورة القحطاني", roles: [.relations], branchID: nil, isActive: true),
        passwordHash: "hash:correct horse battery", failedSignIns: 0, lockedUntil: nil, mustChangePassword: false)
}

extension SignInLimits {
    /// The shipped limits: 30 failures per address per 15 minutes; five in a row lock an account
    /// for 15 minutes.
    static let mock = SignInLimits(addressLimit: 30, addressWindow: 15 * 60, lockout: LockoutPolicy())
}

extension SignInPage.Model {
    /// The page after the fifth wrong password, the account locked for 15 minutes.
    static let mockLocked = SignInPage.Model(
        username: "noura", next: "/staff", refusal: .locked(minutes: 15), signedOut: false)
    /// The page right after signing out.
    static let mockSignedOut = SignInPage.Model(username: "", next: "/staff", refusal: nil, signedOut: true)
}

extension PasswordPage.Model {
    /// A forced change sent with a wrong current password and a short unconfirmed new one.
    static let mockRefused = PasswordPage.Model(
        mustChange: true, saved: false, problems: [.currentWrong, .tooShort(minimum: 10), .mismatch])
    /// Just saved.
    static let mockSaved = PasswordPage.Model(mustChange: false, saved: true, problems: [])
}

extension DeskPage.Model {
    /// A relations employee's desk with something in every list.
    static let mockFull: DeskPage.Model = {
        let today = GregorianDay(year: 2023, month: 2, day: 21)!
        let beneficiaryID = UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!
        let contact = Contact(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000d2")!, partyKind: .beneficiary,
            partyID: beneficiaryID, channel: .phone, direction: .incoming, branchID: nil, staffID: nil,
            summary: "سألت عن موعد صرف الدفعة الثانية.", followUpOn: today.adding(days: -3), followUpDone: false,
            occurredAt: Date(timeIntervalSince1970: 1_676_700_000))
        func request(_ number: Int, due: GregorianDay) -> RequestSummary {
            RequestSummary(
                request: SupportRequest(
                    id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e\(number)")!,
                    reference: "REQ-1444-0000\(number)", beneficiaryID: beneficiaryID,
                    typeID: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!, status: .inResearch,
                    channel: .branchRepresentative, branchID: nil, intakeStaffID: nil, fieldValues: [:], details: "",
                    amountRequested: .zero, submittedAt: nil, submittedOn: nil, expectedResponseOn: due,
                    attestation: nil, researcherID: nil, decision: nil, version: 1),
                beneficiaryName: "فاطمة الزهراني", fileNumber: "B-0001\(number)")
        }
        return DeskPage.Model(
            displayName: "نورة القحطاني", roles: [.relations, .researcher], branchName: "فرع الرياض",
            areas: DeskArea.areas(
                for: StaffMember(
                    id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c3")!, username: "noura",
                    displayName: "نورة القحطاني", roles: [.relations, .researcher], branchID: nil, isActive: true)),
            dueFollowUps: [DueFollowUp(contact: contact, partyName: "فاطمة الزهراني")],
            moreFollowUps: 3, overdueRequests: [request(1, due: today.adding(days: -2))],
            dueSoonRequests: [request(2, due: today.adding(days: 2))], unreadPolicies: 2,
            referredQuestions: [DueFollowUp(contact: contact, partyName: "فاطمة الزهراني")],
            expiringIdentities: [
                DeskPage.ExpiringIdentity(
                    beneficiaryID: beneficiaryID, name: "فاطمة الزهراني", expiresOn: today.adding(days: 12))
            ],
            notices: [])
    }()
}

extension AuditEvent {
    /// Noura changing her own password.
    static let mockPasswordChange = AuditEvent(
        actorID: StaffCredentials.mockNoura.member.id, actorName: "noura", actingRole: nil,
        action: .staffPasswordChange, recordType: .staff, recordID: StaffCredentials.mockNoura.member.id.uuidString,
        summary: "password changed by its holder", clientIP: nil)
}
