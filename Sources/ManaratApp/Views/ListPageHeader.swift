import Plot

/// The head of an administrator's list page: its title, the "saved" notice after a save, and
/// the button that adds one more.
enum ListPageHeader {
    /// The heading, notice and button.
    static func render(title: String, saved: Bool, add: (url: StaffURL, label: String), context: PageContext) -> Node<
        HTML.BodyContext
    > {
        .group(
            .h1(.text(title)),
            .if(
                saved,
                .div(
                    .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                    .text(context.strings[.savedNotice]))),
            .div(.class("actions"), .a(.class("button"), .href(add.url.path), .text(add.label))))
    }
}
