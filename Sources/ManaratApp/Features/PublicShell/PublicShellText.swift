import ManaratDomain

/// The public shell's words (the front page, the services list), Arabic and English side by side.
struct PublicShellText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var homeIntro: String {
        text(
            "نخدم المستفيدين وأسرهم بخدمة متميزة وسريعة وعالية الجودة، ونصل إليهم بأيسر الطرق دون أن يضطروا إلى السؤال.",
            "We serve beneficiaries and their households with excellent, fast, high-quality service, and reach them in the easiest ways, without their having to ask."
        )
    }
    var homeVolunteer: String { text("التطوع معنا", "Volunteer with us") }
    var servicesTitle: String { text("خدماتنا", "Our services") }
    var servicesIntro: String {
        text(
            "هذه أنواع الدعم التي تقدمها الجمعية، ولمن هي، وما المستندات المطلوبة لكل منها.",
            "These are the kinds of support the association gives, who they are for, and the documents each needs.")
    }
    var eligibility: String { text("من يستحقها", "Who may apply") }
    var eligibleEveryone: String { text("كل المستفيدين", "Every beneficiary") }

    /// A document a service needs, marked when it must still be valid on the day the request is sent.
    func document(_ requirement: DocumentRequirement) -> String {
        strings.documentKind(requirement.kind)
            + (requirement.mustBeValidAtSubmission ? " — " + strings[.mustBeValid] : "")
    }
}
