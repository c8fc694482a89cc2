import Foundation
import ManaratDomain
import Testing
import Vapor

@testable import ManaratApp

/// The request and delivery forms, read without a server.
@Suite("Request forms")
struct RequestFormTests {
    @Test("a request's own fields are read from their field_ names, trimmed, and only the type's")
    func ownFields() throws {
        // setup
        let body =
            "typeID=x&details=%20rent%20&amountRequested=900&field_landlord=%20%D8%B3%D8%B9%D8%AF%20&field_other=x"
        // act
        let form = try URLEncodedFormDecoder().decode(RequestDataForm.self, from: body)
        let (data, problems) = form.parsed(for: .mockRent)
        // assert
        #expect(problems.isEmpty)
        #expect(data.values == ["landlord": "سعد"])
        #expect(data.details == "rent")
        #expect(data.amount == Money(halalas: 90_000))
    }

    @Test("a draft saved to finish later may lack its description; a full application may not, nor a wrong amount")
    func draftOnly() {
        // setup
        let form = RequestDataForm(details: "", amountRequested: "", intent: "draft")
        // act
        let draft = form.parsed(for: .mockRent, draftOnly: form.isDraftOnly)
        let full = form.parsed(for: .mockRent)
        // assert
        #expect(draft.problems.isEmpty)
        #expect(draft.data.amount == .zero)
        #expect(full.problems == [.detailsMissing])
        #expect(
            RequestDataForm(details: "x", amountRequested: "تسعة").parsed(for: .mockRent).problems == [
                .amountRequestedInvalid
            ])
    }

    @Test("cash needs an amount and a way of payment; instalments may not add up to more than approved")
    func schedule() {
        // setup
        let today = GregorianDay(year: 2023, month: 2, day: 21)!
        let missing = DeliveryScheduleForm(kind: "cash", amount: "", method: "", instalments: "30")
        let over = DeliveryScheduleForm(kind: "cash", amount: "4000", method: "cheque", instalments: "2")
        let transfer = DeliveryScheduleForm(
            kind: "cash", amount: "1000", method: "bankTransfer", iban: "SA0380000000608010167518", instalments: "1")
        // act
        let refused = missing.parsed(approved: nil, today: today).problems
        let tooMuch = over.parsed(approved: Money(halalas: 600_000), today: today).problems
        let mistyped = transfer.parsed(approved: nil, today: today).problems
        // assert
        #expect(refused == [.deliveryAmountInvalid, .paymentMethodRequired, .instalmentsInvalid])
        #expect(
            tooMuch == [.instalmentsExceedApproved(approved: Money(halalas: 600_000), total: Money(halalas: 800_000))])
        #expect(mistyped == [.iban(.checksumFailed)])
    }

    @Test("a home visit cannot be set for a day already past")
    func visitDay() {
        // setup
        let today = GregorianDay(year: 2023, month: 2, day: 21)!
        // act
        let past = VisitForm(visitOn: "2023-02-20", visitOnCalendar: "gregorian").parsed(today: today)
        let coming = VisitForm(visitOn: "2023-02-22", visitOnCalendar: "gregorian").parsed(today: today)
        // assert
        #expect(past == .failure(RequestProblems([.visitDayInPast])))
        #expect(coming == .success(GregorianDay(year: 2023, month: 2, day: 22)!))
    }

    @Test("every refusal names the field it marks and a message in both languages")
    func messages() {
        // setup
        let problems: [RequestProblem] = [
            .detailsMissing, .iban(.notSaudi), .instalmentsInvalid, .conflict(.ownRequest),
            .upload(.signedForm, .empty),
        ]
        // act
        let arabic = RequestText(strings: Strings(language: .arabic)).errors(problems)
        let english = RequestText(strings: Strings(language: .english)).errors(problems)
        // assert
        #expect(arabic.map(\.field) == ["details", "iban", "instalments", "action", "signedForm"])
        #expect(
            english.allSatisfy {
                !$0.message.isEmpty && $0.message.unicodeScalars.allSatisfy { $0.value < 0x600 || $0.value > 0x6FF }
            })
        #expect(arabic.allSatisfy { !$0.message.isEmpty })
    }
}
