import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The public list of services: each request type with who it is for and what to bring.
struct ServicesController {
    func list(_ request: Request) async throws -> Response {
        let types = try await RequestTypeRepository(database: request.db).types().filter(\.isActive)
        let categories = Dictionary(
            uniqueKeysWithValues: try await CategoryRepository(database: request.db).all().map { ($0.id, $0) })
        let context = PageContext(request: request)
        let strings = context.strings
        return .html(
            Layout.render(
                title: strings[.servicesTitle], context: context,
                content: .group(
                    .h1(.text(strings[.servicesTitle])),
                    .p(.text(strings[.servicesIntro])),
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(PortalURL.signIn.path), .text(strings[.navPortal]))),
                    .forEach(types) { type in
                        .section(
                            .class("card"),
                            .h2(.text(type.name(in: context.language))),
                            .p(.text(context.language == .arabic ? type.descriptionArabic : type.descriptionEnglish)),
                            .p(
                                .strong(.text(strings[.eligibility] + ": ")),
                                .text(
                                    type.eligibleCategoryIDs.isEmpty
                                        ? strings[.eligibleEveryone]
                                        : type.eligibleCategoryIDs.compactMap {
                                            categories[$0]?.name(in: context.language)
                                        }.joined(separator: strings.listSeparator))),
                            .h3(.text(strings[.requiredDocuments])),
                            .ul(
                                .forEach(type.requiredDocuments) {
                                    .li(
                                        .text(
                                            strings.documentKind($0.kind)
                                                + ($0.mustBeValidAtSubmission ? " — " + strings[.mustBeValid] : "")))
                                }))
                    }
                )))
    }
}
