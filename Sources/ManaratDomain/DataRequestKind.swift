/// What a data-subject request asks for (the personal data protection law's rights).
public enum DataRequestKind: String, CaseIterable, Sendable, Equatable {
    /// A copy of the data held.
    case access
    /// Putting something wrong right.
    case correction
    /// Erasing the data.
    case deletion
}
