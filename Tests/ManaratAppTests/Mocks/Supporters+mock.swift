import Foundation
import ManaratDomain

@testable import ManaratApp

extension Supporter {
    /// A charitable endowment in Riyadh, reached by letter and e-mail, who wants the association's news.
    static let mockWaqf = Supporter(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001a1")!, kind: .organization,
        name: "مؤسسة الخير الوقفية", contactPerson: "عبدالعزيز السالم", phone: "+966512345678",
        email: "info@example.org", city: "الرياض", allowedChannels: [.letter, .website], wantsNews: true,
        notes: "تفضّل التواصل صباحًا.")
}

extension SupportEntry {
    /// 1 500 riyals from the endowment for orphans' sponsorship, received on 20 February 2023.
    static let mockCash = SupportEntry(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001a2")!, supporterID: Supporter.mockWaqf.id,
        kind: .cash, amount: Money(halalas: 150_000), items: "", designation: "كفالة أيتام",
        receivedOn: GregorianDay(year: 2023, month: 2, day: 20)!)

    /// Fifty food baskets from the endowment, worth 2 000 riyals, received on 12 February 2023.
    static let mockBaskets = SupportEntry(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001a3")!, supporterID: Supporter.mockWaqf.id,
        kind: .inKind, amount: Money(halalas: 200_000), items: "٥٠ سلة غذائية", designation: "",
        receivedOn: GregorianDay(year: 2023, month: 2, day: 12)!)
}

extension Branch {
    /// The head office in Riyadh, open.
    static let mockHeadOffice = Branch(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001a4")!, code: "RUH", nameArabic: "المركز الرئيسي",
        nameEnglish: "Head office", city: "الرياض", isActive: true)

    /// The Al-Kharj office, closed.
    static let mockKharjClosed = Branch(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001a5")!, code: "KHR", nameArabic: "مكتب الخرج",
        nameEnglish: "Al-Kharj office", city: "الخرج", isActive: false)
}

extension Contact {
    /// The endowment's message from the contact page on 19 February 2023, its follow-up overdue.
    static let mockWaqfMessage = Contact(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001a6")!, partyKind: .supporter,
        partyID: Supporter.mockWaqf.id, channel: .website, direction: .incoming, branchID: nil, staffID: nil,
        summary: "نرغب في كفالة عشرين يتيمًا.", followUpOn: GregorianDay(year: 2023, month: 2, day: 20),
        followUpDone: false, occurredAt: Date(timeIntervalSince1970: 1_676_786_400))

    /// The relations employee's call back to the endowment, on the morning of 21 February 2023.
    static let mockWaqfCall = Contact(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000001a7")!, partyKind: .supporter,
        partyID: Supporter.mockWaqf.id, channel: .phone, direction: .outgoing, branchID: nil,
        staffID: StaffMember.mockRelations.id, summary: "شكرناهم على الدعم واتفقنا على زيارة.", followUpOn: nil,
        followUpDone: false, occurredAt: Date(timeIntervalSince1970: 1_676_955_600))
}

extension SupporterList.Model {
    /// A search for "الخير" finding the endowment, read by a manager.
    static let mock = SupporterList.Model(search: "الخير", supporters: [.mockWaqf], mayManage: true)
    /// A search that finds no one, read by a quality officer who may not add supporters.
    static let mockNoResults = SupporterList.Model(search: "البر", supporters: [], mayManage: false)
}

extension SupporterPage.Model {
    /// The endowment's file just after a save: a cash gift, a gift in kind, the call and the message.
    static let mock = SupporterPage.Model(
        supporter: .mockWaqf, entries: [.mockCash, .mockBaskets],
        contacts: [
            ContactLine(contact: .mockWaqfCall, recordedBy: StaffMember.mockRelations.displayName),
            ContactLine(contact: .mockWaqfMessage, recordedBy: ""),
        ], mayManage: true, saved: true)
}

extension SupporterEditor.Model {
    /// The endowment's edit refused: its name blanked and a landline typed as the mobile.
    static let mockRefused = SupporterEditor.Model(
        supporterID: Supporter.mockWaqf.id,
        form: SupporterForm(
            kind: "organization", name: " ", phone: "0112345678", email: "info@example.org",
            allowedChannels: ["letter"]),
        problems: [.nameMissing, .phoneInvalid])
}

extension ContactUsPage.Model {
    /// A visitor's message refused: a landline typed as the mobile and no message.
    static let mockRefused = ContactUsPage.Model(
        branches: [.mockHeadOffice],
        form: ContactUsForm(name: "عبدالعزيز السالم", organization: "مؤسسة البر الخيرية", phone: "0112345678"),
        problems: [.phoneInvalid, .messageMissing], sent: false)

    /// The page after a message was sent.
    static let mockSent = ContactUsPage.Model(
        branches: [.mockHeadOffice], form: ContactUsForm(), problems: [], sent: true)
}
