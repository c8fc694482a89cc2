import Foundation
import ManaratDomain
import Plot

extension MySatisfactionPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = SurveyText(strings: strings)
        return Layout.render(
            title: strings[.mySatisfactionTitle], context: context,
            content: .group(
                .h1(.text(strings[.mySatisfactionTitle])),
                .p(.class("muted"), .text(text.mySatisfactionExplain)),
                SatisfactionFiguresTable.render(
                    text.satisfactionOverall, rows: [SatisfactionRow.total(model.outcomes, name: "")],
                    strings: strings),
                SatisfactionFiguresTable.render(
                    text.satisfactionByService, rows: SatisfactionRow.byService(model.outcomes, strings: strings),
                    strings: strings)
            ))
    }
}
