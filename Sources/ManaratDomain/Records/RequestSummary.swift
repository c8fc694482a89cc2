import Foundation

/// A request as lists show it: with the applicant's name and the type's name.
public struct RequestSummary: Sendable, Equatable, Identifiable {
    /// The request.
    public var request: SupportRequest
    /// The applicant's full name.
    public var beneficiaryName: String
    /// The applicant's file number.
    public var fileNumber: String

    /// The request's identifier.
    public var id: UUID { request.id }

    /// A value from its parts.
    public init(
        request: SupportRequest,
        beneficiaryName: String,
        fileNumber: String
    ) {
        self.request = request
        self.beneficiaryName = beneficiaryName
        self.fileNumber = fileNumber
    }
}
