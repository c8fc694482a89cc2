import ManaratDomain

/// The portal's home: what the beneficiary can do, their requests with what each still lacks,
/// their questions and complaints, and their latest messages.
enum PortalHomePage {
    /// One of the beneficiary's requests.
    struct Request: Sendable, Equatable {
        /// The request as listed.
        var summary: RequestSummary
        /// Its type, for the name.
        var type: RequestType?
        /// How many things keep a draft or incomplete request from registration.
        var missing: Int
    }
}
