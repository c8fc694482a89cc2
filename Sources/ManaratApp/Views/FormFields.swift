import Plot

/// Form controls that always carry a label, keep what was typed, and announce their error next
/// to the field (linked with aria-describedby so screen readers read it with the field).
enum FormFields {
    /// A text-like input with its label, hint and error.
    static func text<Context: HTML.BodyContext>(
        name: String, label: String, value: String?, errors: [FieldError],
        type: HTMLInputType = .text, autocomplete: String? = nil, required: Bool = false,
        hint: String? = nil, example: String? = nil, direction: String? = nil, id: String? = nil
    ) -> Node<Context> {
        let error = errors.first { $0.field == name }
        // The id defaults to the name; forms repeated on one page (one per instalment) pass their own.
        let elementID = id ?? name
        let describedBy = [hint.map { _ in elementID + "-hint" }, error.map { _ in elementID + "-error" }].compactMap {
            $0
        }.joined(separator: " ")
        var attributes: [Attribute<HTML.InputContext>] = [.type(type), .id(elementID), .name(name)]
        if let value, type != .password { attributes.append(.value(AttributeText.escaped(value))) }
        if let autocomplete { attributes.append(.attribute(named: "autocomplete", value: autocomplete)) }
        if required { attributes.append(.required(true)) }
        if let direction { attributes.append(.attribute(named: "dir", value: direction)) }
        if !describedBy.isEmpty { attributes.append(.attribute(named: "aria-describedby", value: describedBy)) }
        if error != nil { attributes.append(.attribute(named: "aria-invalid", value: "true")) }
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(elementID), .text(label)),
            .unwrap(hint) { hint in
                // Latin or numeric examples are isolated left-to-right, or the bidi algorithm reorders them inside Arabic.
                .p(
                    .class("hint"), .id(elementID + "-hint"), .text(hint),
                    .unwrap(example) {
                        .group(
                            .text(" "),
                            .element(named: "bdi", nodes: [.attribute(named: "dir", value: "ltr"), .text($0)]))
                    })
            },
            .unwrap(error) { error in
                .p(
                    .class("error"), .id(elementID + "-error"), .text(error.message),
                    .unwrap(error.link) { .group(.text(" "), .a(.href($0.path), .text($0.label))) })
            },
            .element(named: "input", attributes: attributes)
        )
    }

    /// A drop-down list with its label and error.
    static func select<Context: HTML.BodyContext>(
        name: String, label: String, options: [(value: String, label: String)], selected: String?, errors: [FieldError]
    ) -> Node<Context> {
        let error = errors.first { $0.field == name }
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(name), .text(label)),
            .unwrap(error) { .p(.class("error"), .id(name + "-error"), .text($0.message)) },
            .select(
                .attribute(named: "id", value: name), .attribute(named: "name", value: name),
                .if(error != nil, .attribute(named: "aria-describedby", value: name + "-error")),
                .forEach(options) { option in
                    .element(
                        named: "option",
                        nodes: [
                            // Plot drops empty attributes; an option without a value would submit its label.
                            .attribute(
                                Attribute(
                                    name: "value", value: AttributeText.escaped(option.value),
                                    ignoreIfValueIsEmpty: false)),
                            .if(option.value == selected, .attribute(named: "selected", value: "selected")),
                            .text(option.label),
                        ])
                }
            )
        )
    }

    /// A group of checkboxes in a fieldset with a legend.
    static func checkboxes<Context: HTML.BodyContext>(
        name: String, legend: String, options: [(value: String, label: String)], checked: Set<String>,
        errors: [FieldError]
    ) -> Node<Context> {
        let error = errors.first { $0.field == name }
        return .fieldset(
            .class(error == nil ? "field" : "field field-invalid"),
            .element(named: "legend", text: legend),
            .unwrap(error) { .p(.class("error"), .id(name + "-error"), .text($0.message)) },
            .forEach(options) { option in
                .div(
                    .class("check"),
                    .input(
                        .type(.checkbox), .id(name + "-" + option.value), .name(name + "[]"),
                        .value(AttributeText.escaped(option.value)), .checked(checked.contains(option.value))),
                    .label(.for(name + "-" + option.value), .text(option.label))
                )
            }
        )
    }

    /// One checkbox with its label.
    static func checkbox<Context: HTML.BodyContext>(name: String, label: String, checked: Bool) -> Node<Context> {
        .div(
            .class("check"),
            .input(.type(.checkbox), .id(name), .name(name), .value("on"), .checked(checked)),
            .label(.for(name), .text(label))
        )
    }

    /// A multi-line text field with its label and error.
    static func textArea<Context: HTML.BodyContext>(
        name: String, label: String, value: String?, errors: [FieldError], rows: Int = 3, hint: String? = nil
    ) -> Node<Context> {
        let error = errors.first { $0.field == name }
        let describedBy = [hint.map { _ in name + "-hint" }, error.map { _ in name + "-error" }].compactMap { $0 }
            .joined(separator: " ")
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(name), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id(name + "-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id(name + "-error"), .text($0.message)) },
            .textarea(
                .id(name), .name(name), .rows(rows),
                .if(!describedBy.isEmpty, .attribute(named: "aria-describedby", value: describedBy)), .text(value ?? "")
            )
        )
    }

    /// A date typed in Hijri or Gregorian: the text and the calendar it is written in.
    static func date<Context: HTML.BodyContext>(
        name: String, label: String, value: String?, calendar: String?, errors: [FieldError], strings: Strings
    ) -> Node<Context> {
        let error = errors.first { $0.field == name }
        let example = strings.localizedDigits(calendar == "gregorian" ? "21/2/2023" : "1/8/1444")
        return .fieldset(
            .class(error == nil ? "field date-field" : "field date-field field-invalid"),
            .element(named: "legend", text: label),
            .p(
                .class("hint"), .id(name + "-hint"), .text(strings[.dateInputHint]), .text(" "),
                .element(named: "bdi", nodes: [.attribute(named: "dir", value: "ltr"), .text(example)])),
            .unwrap(error) { .p(.class("error"), .id(name + "-error"), .text($0.message)) },
            .div(
                .class("date-inputs"),
                .label(.class("visually-hidden"), .for(name), .text(label)),
                .input(
                    .type(.text), .id(name), .name(name), .value(AttributeText.escaped(value ?? "")),
                    .attribute(named: "dir", value: "ltr"),
                    .attribute(
                        named: "aria-describedby", value: name + "-hint" + (error == nil ? "" : " " + name + "-error"))),
                .label(.class("visually-hidden"), .for(name + "Calendar"), .text(strings[.dateCalendar])),
                .select(
                    .attribute(named: "id", value: name + "Calendar"),
                    .attribute(named: "name", value: name + "Calendar"),
                    .element(
                        named: "option",
                        nodes: [
                            .attribute(named: "value", value: "hijri"),
                            .if(calendar != "gregorian", .attribute(named: "selected", value: "selected")),
                            .text(strings[.calendarHijriShort]),
                        ]),
                    .element(
                        named: "option",
                        nodes: [
                            .attribute(named: "value", value: "gregorian"),
                            .if(calendar == "gregorian", .attribute(named: "selected", value: "selected")),
                            .text(strings[.calendarGregorianShort]),
                        ])
                )
            )
        )
    }

    /// The summary at the top of a form that failed, announced to screen readers.
    static func errorSummary<Context: HTML.BodyContext>(_ errors: [FieldError], title: String) -> Node<Context> {
        .if(
            !errors.isEmpty,
            .div(
                .class("alert alert-error"), .attribute(named: "role", value: "alert"),
                .p(.strong(.text(title))),
                .ul(.forEach(errors) { error in .li(.a(.href("#" + error.field), .text(error.message))) })
            ))
    }

    /// A file field: documents from the camera or files, its refusal (wrong type by content,
    /// too large) announced next to it.
    static func file<Context: HTML.BodyContext>(name: String, label: String, hint: String, errors: [FieldError])
        -> Node<Context>
    {
        let error = errors.first { $0.field == name }
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(name), .text(label)),
            .p(.class("hint"), .id(name + "-hint"), .text(hint)),
            .unwrap(error) { .p(.class("error"), .id(name + "-error"), .text($0.message)) },
            .input(
                .type(.file), .id(name), .name(name),
                .attribute(named: "accept", value: "application/pdf,image/jpeg,image/png"),
                .attribute(
                    named: "aria-describedby", value: error == nil ? name + "-hint" : name + "-hint " + name + "-error")
            ))
    }
}
