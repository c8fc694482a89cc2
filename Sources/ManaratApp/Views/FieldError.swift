import Plot

/// A validation message for one field, already in the user's language.
struct FieldError: Sendable, Equatable {
    let field: String
    let message: String
    /// A link that helps, such as to the existing record a duplicate clashes with.
    var link: Link? = nil

    struct Link: Sendable, Equatable {
        let path: String
        let label: String
    }
}
