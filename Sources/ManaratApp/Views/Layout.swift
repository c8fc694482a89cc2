import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The one page frame: right to left in Arabic, left to right in English, no script at all.
enum Layout {
    /// Renders a whole page around `content`.
    ///
    /// The frame (head, top bar, footer) is the same for every page of one language, area and
    /// navigation item, so it is rendered once with placeholders and kept as a template; each page
    /// then renders only its own content and fills in the title, the form token and the way back.
    static func render(title: String, context: PageContext, content: Node<HTML.BodyContext>) -> String {
        let template = frame(for: context)
        let fullTitle = Node<HTML.BodyContext>.text(title + " — " + context.strings[.appName]).render()
        let main = content.render()
        let back = AttributeText.escaped(context.currentPath)
        var page = ""
        page.reserveCapacity(template.size + main.utf8.count + 256)
        for (index, literal) in template.literals.enumerated() {
            page += literal
            guard index < template.slots.count else { break }
            switch template.slots[index] {
            case .title: page += fullTitle
            case .token: page += context.csrfToken
            case .back: page += back
            case .content: page += main
            }
        }
        return page
    }

    /// The frame with its holes, as it renders for `context`'s language, area and navigation item.
    private static func frame(for context: PageContext) -> FrameTemplate {
        let current = navigation(context).first { $0.path == context.currentPath }?.path ?? ""
        let key = "frame|\(context.language.rawValue)|\(area(context))|\(current)|\(context.today)"
        return frames.value(for: key) {
            var blank = context
            blank.csrfToken = FrameTemplate.Slot.token.placeholder
            return FrameTemplate(parsing: renderFrame(title: FrameTemplate.Slot.title.placeholder, context: blank))
        }
    }

    private static let frames = RenderCache<String, FrameTemplate>(limit: 256)

    private static func renderFrame(title: String, context: PageContext) -> String {
        let strings = context.strings
        let html = HTML(
            .lang(context.language == .arabic ? .arabic : .english),
            .dir(context.language.isRightToLeft ? .rightToLeft : .leftToRight),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [.raw(title)]),
                .link(.rel(.stylesheet), .href(Stylesheet.url))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(strings[.skipToContent])),
                .header(
                    .class("topbar"),
                    .a(
                        .class("brand"),
                        .href(
                            context.staff != nil
                                ? StaffURL.home.path
                                : context.beneficiaryName != nil ? PortalURL.home.path : PublicURL.home.path),
                        .text(strings[.appName])),
                    .raw(navigationHTML(context)),
                    .div(
                        .class("topbar-actions"),
                        languageSwitch(context, back: FrameTemplate.Slot.back.placeholder),
                        .unwrap(context.staff) { _ in
                            .form(
                                .method(.post), .action(StaffURL.signOut.path),
                                Layout.csrfField(context.csrfToken),
                                .button(.type(.submit), .class("link-button"), .text(strings[.signOut]))
                            )
                        },
                        .if(
                            context.staff == nil && context.beneficiaryName != nil,
                            .form(
                                .method(.post), .action(PortalURL.signOut.path),
                                Layout.csrfField(context.csrfToken),
                                .button(.type(.submit), .class("link-button"), .text(strings[.signOut]))
                            ))
                    )
                ),
                .main(
                    .id("main"), .attribute(named: "tabindex", value: "-1"),
                    .raw(FrameTemplate.Slot.content.placeholder)),
                .raw(footerHTML(context))
            )
        )
        return html.render()
    }

    /// Who the frame is for, as far as it shows: the staff member's roles, the portal, or the public.
    private static func area(_ context: PageContext) -> String {
        context.staff.map { $0.roles.map(\.rawValue).sorted().joined(separator: ",") }
            ?? (context.beneficiaryName != nil ? "portal" : "public")
    }

    /// A page that is the same for every anonymous visitor but for the form token (the public
    /// complaints form, say): rendered once per language, day and address with a placeholder where
    /// the token goes, then served by joining the pieces around each visitor's own token.
    static func anonymousPage(key: String, context: PageContext, render: (PageContext) -> String) -> String {
        let tokenPlaceholder = "__manarat_csrf_token__"
        let submissionPlaceholder = "__manarat_submission_key__"
        let cacheKey = "page|\(key)|\(context.language.rawValue)|\(context.today)|\(context.currentPath)"
        let pieces = pages.value(for: cacheKey) {
            var blank = context
            blank.csrfToken = tokenPlaceholder
            blank.submissionKey = submissionPlaceholder
            return render(blank).components(separatedBy: tokenPlaceholder).map {
                $0.components(separatedBy: submissionPlaceholder)
            }
        }
        return pieces.map { $0.joined(separator: context.submissionKey) }.joined(separator: context.csrfToken)
    }

    private static let pages = RenderCache<String, [[String]]>(limit: 256)

    /// Rendered pieces of the frame that depend only on language, area and day, kept after their
    /// first rendering: the navigation (by language, role set and the current item) and the footer.
    private static let fragments = RenderCache<String, String>(limit: 512)

    private static func navigationHTML(_ context: PageContext) -> String {
        let items = navigation(context)
        let current = items.first { $0.path == context.currentPath }?.path ?? ""
        return fragments.value(for: "nav|\(context.language.rawValue)|\(area(context))|\(current)") {
            Node<HTML.BodyContext>.nav(
                .attribute(named: "aria-label", value: context.strings[.mainNavigation]),
                .ul(
                    .forEach(items) { item in
                        .li(
                            .a(
                                .href(item.path),
                                .if(item.path == current, .attribute(named: "aria-current", value: "page")),
                                .text(item.label)))
                    })
            ).render()
        }
    }

    private static func footerHTML(_ context: PageContext) -> String {
        fragments.value(for: "footer|\(context.language.rawValue)|\(context.today)") {
            Node<HTML.BodyContext>.footer(
                .class("site-footer"),
                .p(.text(context.strings[.footerNote])),
                .p(.text(context.dates.dual(context.today)))
            ).render()
        }
    }

    private static func languageSwitch(_ context: PageContext, back: String) -> Node<HTML.BodyContext> {
        let other: ManaratDomain.Language = context.language == .arabic ? .english : .arabic
        return .form(
            .method(.post), .action(PublicURL.setLanguage.path), .class("language-switch"),
            Layout.csrfField(context.csrfToken),
            .input(.type(.hidden), .name(LanguageForm.Field.language.rawValue), .value(other.rawValue)),
            .input(.type(.hidden), .name(LanguageForm.Field.back.rawValue), .value(back)),
            .button(
                .type(.submit), .class("link-button"),
                .attribute(named: "lang", value: other.rawValue),
                .text(other == .english ? "English" : "العربية")
            )
        )
    }

    private struct NavigationItem {
        let path: String
        let label: String
    }

    private static func navigation(_ context: PageContext) -> [NavigationItem] {
        let strings = context.strings
        guard let staff = context.staff else {
            if context.beneficiaryName != nil {
                return [
                    NavigationItem(path: PortalURL.home.path, label: strings[.portalNavHome]),
                    NavigationItem(path: PortalURL.apply.path, label: strings[.portalNavApply]),
                    NavigationItem(path: PortalURL.inbox.path, label: strings[.portalNavInbox]),
                    NavigationItem(path: PortalURL.profile.path, label: strings[.portalNavProfile]),
                    NavigationItem(path: PortalURL.myData.path, label: strings[.portalNavMyData]),
                ]
            }
            return [
                NavigationItem(path: PublicURL.home.path, label: strings[.navHome]),
                NavigationItem(path: PublicURL.services.path, label: strings[.navServices]),
                NavigationItem(path: PublicURL.faq.path, label: strings[.navFaq]),
                NavigationItem(path: PublicURL.contact.path, label: strings[.navContact]),
                NavigationItem(path: PublicURL.policy.path, label: strings[.navPolicy]),
                NavigationItem(path: PublicURL.feedback.path, label: strings[.navFeedback]),
                NavigationItem(path: PortalURL.signIn.path, label: strings[.navPortal]),
                NavigationItem(path: StaffURL.signIn.path, label: strings[.navStaffSignIn]),
            ]
        }
        var items = [NavigationItem(path: StaffURL.home.path, label: strings[.navDesk])]
        items.append(NavigationItem(path: StaffURL.beneficiaries.path, label: strings[.navBeneficiaries]))
        items.append(NavigationItem(path: StaffURL.requests.path, label: strings[.navRequests]))
        if Access.staff(CommitteeRoutes.readers).admits(staff) {
            items.append(NavigationItem(path: StaffURL.committee.path, label: strings[.navCommittee]))
        }
        if Access.staff(SupporterRoutes.readers).admits(staff) {
            items.append(NavigationItem(path: StaffURL.supporters.path, label: strings[.navSupporters]))
            items.append(NavigationItem(path: StaffURL.volunteers.path, label: strings[.navVolunteers]))
        }
        if staff.roles.contains(.admin) {
            items.append(NavigationItem(path: StaffURL.staffList.path, label: strings[.navStaff]))
            items.append(NavigationItem(path: StaffURL.branchList.path, label: strings[.navBranches]))
        }
        if Access.staff(AuditRoutes.readers).admits(staff) {
            items.append(NavigationItem(path: StaffURL.audit.path, label: strings[.navAudit]))
        }
        items.append(NavigationItem(path: StaffURL.password.path, label: strings[.navAccount]))
        return items
    }

    /// The hidden idempotency key of a form that creates a record: submitting the same rendered
    /// form twice (a retry after a lost answer, a double click) creates the record once.
    static func submissionField<Context: HTML.BodyContext>(_ context: PageContext) -> Node<Context> {
        .input(.type(.hidden), .name(SubmissionKey.fieldName), .value(context.submissionKey))
    }

    /// The hidden field carrying the CSRF token in every form.
    static func csrfField<Context: HTML.BodyContext>(_ token: String) -> Node<Context> {
        .input(.type(.hidden), .name(CSRF.fieldName), .value(token))
    }
}
