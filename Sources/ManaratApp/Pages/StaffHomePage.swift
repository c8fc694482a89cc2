import ManaratDomain
import Plot

/// The staff desk's home: who you are, today's date, and the areas your roles open.
enum StaffHomePage {
    struct Tile {
        let path: String
        let title: String
        let detail: String
    }

    struct Model {
        var displayName: String
        var roles: [Role]
        var branchName: String?
        var tiles: [Tile]
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(title: strings[.deskTitle], context: context, content: .group(
            .h1(.text(strings.format(.deskGreeting, ["name": model.displayName]))),
            .div(
                .class("card"),
                .p(.strong(.text(strings[.today] + ": ")), .text(context.dates.dual(context.today))),
                .p(.strong(.text(strings[.yourRoles] + ": ")), .forEach(model.roles) { .span(.class("badge"), .text(strings.role($0))) }),
                .p(.strong(.text(strings[.yourBranch] + ": ")), .text(model.branchName ?? strings[.noBranch]))
            ),
            .h2(.text(strings[.deskAreas])),
            .ul(.class("tiles"), .forEach(model.tiles) { tile in
                .li(.a(.href(tile.path), .strong(.text(tile.title)), .span(.class("muted"), .text(tile.detail))))
            })
        ))
    }
}
