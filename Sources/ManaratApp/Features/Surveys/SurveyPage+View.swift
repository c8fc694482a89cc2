import Foundation
import ManaratDomain
import Plot

extension SurveyPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = SurveyAnswerForm.Field
        let strings = context.strings
        let text = SurveyText(strings: strings)
        let errors = text.errors(model.problems)
        let title = model.survey.map { text.title(of: $0) } ?? text.surveyTitle
        let questions = Array((model.survey?.questions ?? []).enumerated())
        return Layout.render(
            title: title, context: context,
            content: .group(
                .h1(.text(title)),
                .p(.text(text.surveyIntro)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PublicURL.survey(model.token).path),
                    Layout.csrfField(context.csrfToken),
                    Self.scale(
                        name: Field.rating.rawValue, legend: text.surveyOverall,
                        selected: model.form.score(.rating).map(String.init), errors: errors, text: text),
                    .forEach(questions) { index, question in
                        Self.scale(
                            name: Field.question(index)?.rawValue ?? "q\(index)", legend: text.question(question),
                            selected: Field.question(index).flatMap { model.form.score($0) }.map(String.init),
                            errors: errors, text: text)
                    },
                    FormFields.textArea(
                        name: Field.comment.rawValue, label: text.surveyComment, value: model.form.typedComment,
                        errors: errors, rows: 3),
                    .button(.type(.submit), .text(strings[.send])))
            ))
    }

    /// Five large radio buttons in a fieldset: one tap on a phone, no script.
    private static func scale<Context: HTML.BodyContext>(
        name: String, legend: String, selected: String?, errors: [FieldError], text: SurveyText
    ) -> Node<Context> {
        let error = errors.first { $0.field == name }
        return .element(
            named: "fieldset",
            nodes: [
                .class(error == nil ? "field scale" : "field scale field-invalid"), .id(name),
                .element(named: "legend", text: legend),
                .unwrap(error) { .p(.class("error"), .text($0.message)) },
                .forEach(Array(1...5)) { value in
                    Self.scaleOption(
                        name: name, value: String(value), label: text.scaleLabel(value), selected: selected)
                },
            ])
    }

    /// One point of the scale, checked when it is the one chosen.
    private static func scaleOption<Context: HTML.BodyContext>(
        name: String, value: String, label: String, selected: String?
    ) -> Node<Context> {
        var attributes: [Attribute<HTML.InputContext>] = [
            .type(.radio), .name(name), .value(AttributeText.escaped(value)),
        ]
        if selected == value { attributes.append(.checked(true)) }
        let input: Node<HTML.LabelContext> = .element(named: "input", attributes: attributes)
        return .label(.class("scale-option"), input, .text(" " + label))
    }
}
