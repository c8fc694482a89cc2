import ManaratDomain

/// A day typed into a form's date field, read in the calendar the field's switch chose.
enum FormDay: Equatable, Sendable {
    /// Nothing was typed.
    case empty
    /// The day typed.
    case day(GregorianDay)
    /// What was typed is not a day.
    case invalid(DateInputError)

    /// Reads `text` in the Gregorian calendar when `calendar` says so, otherwise in Umm al-Qura.
    init(_ text: String?, calendar: String?) {
        let typed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else {
            self = .empty
            return
        }
        switch DateInput.parse(typed, calendar: calendar == "gregorian" ? .gregorian : .hijri) {
        case .success(let day): self = .day(day)
        case .failure(let error): self = .invalid(error)
        }
    }

    /// The day, when one was read.
    var value: GregorianDay? {
        if case .day(let day) = self { return day }
        return nil
    }
}

extension FormDay {
    /// Reads a date field for a form that still collects its refusals as `FieldError`s: the day,
    /// or nil with the refusal added to `errors` next to `field` (an empty field too, when
    /// `required`, naming `label` if given).
    static func read(
        _ text: String?, calendar: String?, field: String, required: Bool, strings: Strings, errors: inout [FieldError],
        label: String? = nil
    ) -> GregorianDay? {
        switch FormDay(text, calendar: calendar) {
        case .empty:
            if required {
                errors.append(
                    FieldError(
                        field: field,
                        message: label.map { strings.format(.fieldRequiredNamed, ["field": $0]) }
                            ?? strings[.fieldRequired]))
            }
            return nil
        case .day(let day): return day
        case .invalid(let error):
            errors.append(FieldError(field: field, message: DateInputMessages.message(for: error, strings: strings)))
            return nil
        }
    }
}
