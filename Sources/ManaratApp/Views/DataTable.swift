import Plot

/// A table that reads as a table on a desk screen and as stacked cards on a phone: each cell
/// carries its column's name, which the narrow-screen CSS shows before the value.
enum DataTable {
    static func render<Context: HTML.BodyContext>(headers: [String], rows: [[Node<HTML.BodyContext>]]) -> Node<Context>
    {
        table(headers: headers, body: .forEach(rows) { row(headers: headers, cells: $0) })
    }

    /// The same table from rows already rendered with `row(headers:cells:)`.
    static func render<Context: HTML.BodyContext>(headers: [String], renderedRows: [String]) -> Node<Context> {
        table(headers: headers, body: .forEach(renderedRows) { .raw($0) })
    }

    /// One row: each cell labelled with its column's name. The content is wrapped in one
    /// element: on a phone a cell is a two-column grid (its label, then its content), where every
    /// loose text and line break would otherwise take a grid cell of its own.
    static func row(headers: [String], cells: [Node<HTML.BodyContext>]) -> Node<HTML.TableContext> {
        .tr(
            .forEach(Array(zip(headers, cells))) { header, cell in
                .td(.data(named: "label", value: AttributeText.escaped(header)), .div(.class("cell"), cell))
            })
    }

    private static func table<Context: HTML.BodyContext>(headers: [String], body: Node<HTML.TableContext>) -> Node<
        Context
    > {
        .div(
            .class("table-wrap"),
            .table(
                .class("data-table"),
                .thead(.tr(.forEach(headers) { .th(.attribute(named: "scope", value: "col"), .plain($0)) })),
                .tbody(body)
            ))
    }
}
