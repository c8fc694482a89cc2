import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The needs assessment (تقدير الحاجة) and its administrator-set weights.
struct AssessmentController {
    struct Form: Content {
        var monthlyIncome: String?
        var householdSize: String?
        var monthlyRent: String?
        var debts: String?
        var housing: String?
        var chronicIllnessCount: String?
        var disabilityCount: String?
        var dependantsUnder18: String?
        var elderlyCount: String?
    }

    func show(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let form = try await Self.prefilled(beneficiaryID: beneficiary.id, request: request)
        return try await render(request, beneficiary: beneficiary, form: form, errors: [], status: .ok)
    }

    /// The form filled from the household's record, so the researcher corrects rather than retypes.
    static func prefilled(beneficiaryID: UUID, request: Request) async throws -> Form {
        let household = try await HouseholdRepository(database: request.db).household(headedBy: beneficiaryID)
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let members = household?.members ?? []
        let children = members.filter { ($0.bornOn.map { Beneficiary.ageInYears(bornOn: $0, on: today) } ?? 99) < 18 }
            .count
        let elderly = members.filter { ($0.bornOn.map { Beneficiary.ageInYears(bornOn: $0, on: today) } ?? 0) >= 60 }
            .count
        return Form(
            monthlyIncome: household?.monthlyIncome.plain ?? "0", householdSize: String(members.count + 1),
            monthlyRent: household?.monthlyRent.plain ?? "0", debts: household?.debts.plain ?? "0",
            housing: household?.housing.rawValue ?? HousingType.rented.rawValue, chronicIllnessCount: "0",
            disabilityCount: "0",
            dependantsUnder18: String(children), elderlyCount: String(elderly)
        )
    }

    func create(_ request: Request) async throws -> Response {
        let beneficiary = try await BeneficiaryController().find(request)
        let form = try request.content.decode(Form.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let factors = Self.factors(form, strings: strings, errors: &errors)
        guard errors.isEmpty else {
            return try await render(
                request, beneficiary: beneficiary, form: form, errors: errors, status: .unprocessableEntity)
        }
        let repository = AssessmentRepository(database: request.db)
        let weights = try await repository.weights()
        let score = NeedsAssessment.score(factors, weights: weights)
        let now = request.now
        let staff = request.staff
        try await request.audited(
            action: .assessmentCreate, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
            summary: "score=\(score.total) level=\(score.level.rawValue)"
        ) { db in
            try await AssessmentRepository(database: db).add(
                beneficiaryID: beneficiary.id, factors: factors, weights: weights, score: score, assessedBy: staff?.id,
                assessedByName: staff?.displayName ?? "", at: now)
        }
        return request.redirect(to: StaffURL.beneficiary(beneficiary.id).path + "?saved=1", redirectType: .normal)
    }

    /// The factors typed in `form`, with a message added to `errors` for each one that is not a
    /// valid amount or count.
    static func factors(_ form: Form, strings: Strings, errors: inout [FieldError]) -> NeedsFactors {
        func amount(_ text: String?, _ field: String) -> Decimal {
            guard let money = Money.parse(text ?? "") else {
                errors.append(FieldError(field: field, message: strings[.amountInvalid]))
                return 0
            }
            return money.riyals
        }
        func count(_ text: String?, _ field: String, minimum: Int = 0) -> Int {
            guard let value = Int(Digits.latinized((text ?? "").trimmingCharacters(in: .whitespaces))),
                value >= minimum, value <= 50
            else {
                errors.append(
                    FieldError(
                        field: field,
                        message: strings.format(
                            .countInvalid, ["minimum": strings.number(minimum), "maximum": strings.number(50)])))
                return minimum
            }
            return value
        }
        return NeedsFactors(
            monthlyIncome: amount(form.monthlyIncome, "monthlyIncome"),
            householdSize: count(form.householdSize, "householdSize", minimum: 1),
            monthlyRent: amount(form.monthlyRent, "monthlyRent"), debts: amount(form.debts, "debts"),
            housing: form.housing.flatMap(HousingType.init(rawValue:)) ?? .other,
            chronicIllnessCount: count(form.chronicIllnessCount, "chronicIllnessCount"),
            disabilityCount: count(form.disabilityCount, "disabilityCount"),
            dependantsUnder18: count(form.dependantsUnder18, "dependantsUnder18"),
            elderlyCount: count(form.elderlyCount, "elderlyCount")
        )
    }

    /// The assessment's inputs, for this page and for the research report that updates it.
    static func fields(_ form: Form, errors: [FieldError], strings: Strings) -> Node<HTML.FormContext> {
        .div(
            .class("grid-2"),
            FormFields.text(
                name: "monthlyIncome", label: strings[.monthlyIncome], value: form.monthlyIncome, errors: errors,
                hint: strings[.amountHint], direction: "ltr"),
            FormFields.text(
                name: "householdSize", label: strings[.householdSize], value: form.householdSize, errors: errors,
                direction: "ltr"),
            FormFields.text(
                name: "monthlyRent", label: strings[.monthlyRent], value: form.monthlyRent, errors: errors,
                direction: "ltr"),
            FormFields.text(name: "debts", label: strings[.debts], value: form.debts, errors: errors, direction: "ltr"),
            FormFields.select(
                name: "housing", label: strings[.housingType],
                options: HousingType.allCases.map { (value: $0.rawValue, label: strings.housing($0)) },
                selected: form.housing, errors: errors),
            FormFields.text(
                name: "chronicIllnessCount", label: strings[.chronicIllnessCount], value: form.chronicIllnessCount,
                errors: errors, direction: "ltr"),
            FormFields.text(
                name: "disabilityCount", label: strings[.disabilityCount], value: form.disabilityCount, errors: errors,
                direction: "ltr"),
            FormFields.text(
                name: "dependantsUnder18", label: strings[.dependantsUnder18], value: form.dependantsUnder18,
                errors: errors, direction: "ltr"),
            FormFields.text(
                name: "elderlyCount", label: strings[.elderlyCount], value: form.elderlyCount, errors: errors,
                direction: "ltr"))
    }

    private func render(
        _ request: Request, beneficiary: Beneficiary, form: Form, errors: [FieldError], status: HTTPResponseStatus
    ) async throws -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let weights = try await AssessmentRepository(database: request.db).weights()
        let html = Layout.render(
            title: strings[.newAssessment], context: context,
            content: .div(
                .class("card"),
                .h1(.text(strings[.newAssessment] + " — " + beneficiary.name.full)),
                .p(
                    .class("muted"),
                    .text(
                        strings.format(
                            .assessmentExplain,
                            [
                                "threshold": strings.money(
                                    Money(
                                        halalas: NSDecimalNumber(decimal: weights.incomeThresholdPerMember * 100)
                                            .intValue))
                            ]))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.beneficiaryAssessment(beneficiary.id).path),
                    Layout.csrfField(context.csrfToken),
                    Self.fields(form, errors: errors, strings: strings),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.calculateAndSave])),
                        .a(.href(StaffURL.beneficiary(beneficiary.id).path), .text(strings[.cancel])))
                )
            ))
        return .html(html, status: status)
    }

    struct WeightsForm: Content {
        var incomeThresholdPerMember: String?
        var income: String?
        var housing: String?
        var health: String?
        var dependants: String?
        var debts: String?
    }

    func showWeights(_ request: Request) async throws -> Response {
        let weights = try await AssessmentRepository(database: request.db).weights()
        let form = WeightsForm(
            incomeThresholdPerMember: NSDecimalNumber(decimal: weights.incomeThresholdPerMember).stringValue,
            income: String(weights.income), housing: String(weights.housing), health: String(weights.health),
            dependants: String(weights.dependants), debts: String(weights.debts))
        return renderWeights(
            request, form: form, errors: [], saved: (try? request.query.get(String.self, at: "saved")) == "1",
            status: .ok)
    }

    func saveWeights(_ request: Request) async throws -> Response {
        let form = try request.content.decode(WeightsForm.self)
        let strings = request.strings
        var errors: [FieldError] = []
        func weight(_ text: String?, _ field: String) -> Int {
            guard let value = Int(Digits.latinized((text ?? "").trimmingCharacters(in: .whitespaces))),
                (0...100).contains(value)
            else {
                errors.append(
                    FieldError(
                        field: field,
                        message: strings.format(
                            .countInvalid, ["minimum": strings.number(0), "maximum": strings.number(100)])))
                return 0
            }
            return value
        }
        let threshold = Money.parse(form.incomeThresholdPerMember ?? "")
        if threshold == nil || threshold == .zero {
            errors.append(FieldError(field: "incomeThresholdPerMember", message: strings[.amountInvalid]))
        }
        let weights = NeedsWeights(
            incomeThresholdPerMember: threshold?.riyals ?? 0, income: weight(form.income, "income"),
            housing: weight(form.housing, "housing"), health: weight(form.health, "health"),
            dependants: weight(form.dependants, "dependants"), debts: weight(form.debts, "debts"))
        guard errors.isEmpty else {
            return renderWeights(request, form: form, errors: errors, saved: false, status: .unprocessableEntity)
        }
        let before = try await AssessmentRepository(database: request.db).weights()
        try await request.audited(
            action: .needsWeightsUpdate, recordType: .settings, recordID: "needs_weights",
            summary: "before: \(Self.describe(before)) | after: \(Self.describe(weights))"
        ) { db in
            try await AssessmentRepository(database: db).setWeights(weights)
        }
        return request.redirect(to: StaffURL.needsWeights.path(query: [("saved", "1")]), redirectType: .normal)
    }

    private static func describe(_ weights: NeedsWeights) -> String {
        "threshold=\(weights.incomeThresholdPerMember) income=\(weights.income) housing=\(weights.housing) health=\(weights.health) dependants=\(weights.dependants) debts=\(weights.debts)"
    }

    private func renderWeights(
        _ request: Request, form: WeightsForm, errors: [FieldError], saved: Bool, status: HTTPResponseStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let html = Layout.render(
            title: strings[.needsWeightsTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.needsWeightsTitle])),
                .p(.class("muted"), .text(strings[.needsWeightsExplain])),
                .if(
                    saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.needsWeights.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "incomeThresholdPerMember", label: strings[.incomeThreshold],
                        value: form.incomeThresholdPerMember, errors: errors, direction: "ltr"),
                    FormFields.text(
                        name: "income", label: strings[.weightIncome], value: form.income, errors: errors,
                        direction: "ltr"),
                    FormFields.text(
                        name: "housing", label: strings[.weightHousing], value: form.housing, errors: errors,
                        direction: "ltr"),
                    FormFields.text(
                        name: "health", label: strings[.weightHealth], value: form.health, errors: errors,
                        direction: "ltr"),
                    FormFields.text(
                        name: "dependants", label: strings[.weightDependants], value: form.dependants, errors: errors,
                        direction: "ltr"),
                    FormFields.text(
                        name: "debts", label: strings[.weightDebts], value: form.debts, errors: errors, direction: "ltr"
                    ),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.save])))
                )
            ))
        return .html(html, status: status)
    }
}
