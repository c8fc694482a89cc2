import ManaratDomain

/// A version as an administrator publishes it, checked.
struct PolicyDraft: Sendable, Equatable {
    var label: String
    var decisionNumber: String
    var approvedOn: GregorianDay
    var approvingBody: String
    var textArabic: String
    var textEnglish: String
    /// The signed or printed copy, checked by its content.
    var file: DocumentUpload?
}
