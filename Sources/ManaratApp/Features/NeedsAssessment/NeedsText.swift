import ManaratDomain

/// The needs assessment's words, Arabic and English side by side.
struct NeedsText: BilingualText {
    /// The interface's shared strings, for numbers and the texts other pages use too.
    let strings: Strings

    func assessmentExplain(threshold: String) -> String {
        text(
            "تُحسب الأولوية من الدخل لكل فرد مقارنة بحد \(threshold)، والسكن، والحالة الصحية، والمعالين، والديون، بالأوزان التي يحددها مدير النظام. يُحفظ كل تقدير مع من أجراه ومتى.",
            "Priority is computed from income per member against a threshold of \(threshold), housing, health, dependants and debts, with the weights the administrator sets. Every assessment is kept with who made it and when."
        )
    }
    var calculateAndSave: String { text("احسب واحفظ", "Calculate and save") }
    var needsWeightsExplain: String {
        text(
            "تحدد هذه الأوزان أثر كل عامل في درجة الأولوية. تُطبق على التقديرات الجديدة، وتبقى التقديرات السابقة بأوزانها.",
            "These weights set how much each factor counts in the priority score. They apply to new assessments; earlier ones keep the weights they were made with."
        )
    }
    var incomeThreshold: String { text("حد الدخل لكل فرد (ريال شهريًا)", "Income threshold per member (SAR a month)") }
    var weightIncome: String { text("وزن الدخل", "Income weight") }
    var weightHousing: String { text("وزن السكن", "Housing weight") }
    var weightHealth: String { text("وزن الحالة الصحية", "Health weight") }
    var weightDependants: String { text("وزن المعالين", "Dependants weight") }
    var weightDebts: String { text("وزن الديون", "Debts weight") }
    var chronicIllnessCount: String { text("عدد المصابين بأمراض مزمنة", "People with chronic illness") }
    var disabilityCount: String { text("عدد ذوي الإعاقة", "People with disabilities") }
    var dependantsUnder18: String { text("عدد الأبناء دون ١٨ سنة", "Children under 18") }
    var elderlyCount: String { text("عدد المسنين (٦٠ سنة فأكثر)", "Elderly (60 and over)") }

    /// A problem's message.
    func problem(_ problem: NeedsProblem) -> String {
        switch problem {
        case .amount: return strings[.amountInvalid]
        case .count(_, let minimum, let maximum):
            return strings.format(
                .countInvalid, ["minimum": strings.number(minimum), "maximum": strings.number(maximum)])
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [NeedsProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
