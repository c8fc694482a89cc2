import Plot

extension ServicesPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PublicShellText(strings: strings)
        let language = context.language
        return Layout.render(
            title: text.servicesTitle, context: context,
            content: .group(
                .h1(.text(text.servicesTitle)),
                .p(.text(text.servicesIntro)),
                .div(.class("actions"), .a(.class("button"), .href(PortalURL.signIn.path), .text(strings[.navPortal]))),
                .forEach(model.services) { service in
                    .section(
                        .class("card"),
                        .h2(.text(service.type.name(in: language))),
                        .p(
                            .text(
                                language == .arabic ? service.type.descriptionArabic : service.type.descriptionEnglish)),
                        .p(
                            .strong(.text(text.eligibility + ": ")),
                            .text(
                                service.eligibleCategories.isEmpty
                                    ? text.eligibleEveryone
                                    : strings.list(service.eligibleCategories.map { $0.name(in: language) }))),
                        .h3(.text(strings[.requiredDocuments])),
                        .ul(.forEach(service.type.requiredDocuments) { .li(.text(text.document($0))) }))
                }
            ))
    }
}
