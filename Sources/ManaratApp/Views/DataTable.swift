import Plot

/// A table that reads as a table on a desk screen and as stacked cards on a phone: each cell
/// carries its column's name, which the narrow-screen CSS shows before the value.
enum DataTable {
    static func render<Context: HTML.BodyContext>(headers: [String], rows: [[Node<HTML.BodyContext>]]) -> Node<Context> {
        .div(.class("table-wrap"), .table(
            .class("data-table"),
            .thead(.tr(.forEach(headers) { .th(.attribute(named: "scope", value: "col"), .plain($0)) })),
            .tbody(.forEach(rows) { cells in
                .tr(.forEach(Array(zip(headers, cells))) { header, cell in
                    .td(.data(named: "label", value: AttributeText.escaped(header)), cell)
                })
            })
        ))
    }
}
