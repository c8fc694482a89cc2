/// The record asked for does not exist, or is not the asker's to see: both answer 404.
public struct RecordNotFound: Error, Equatable, Sendable {
    /// Creates the error.
    public init() {}
}
