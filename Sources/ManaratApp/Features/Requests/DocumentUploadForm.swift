import Foundation
import ManaratDomain
import Vapor

/// A document uploaded to a request, at the desk or in the portal.
struct DocumentUploadForm: Content {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case kind, file, issuedOn, issuedOnCalendar, expiresOn, expiresOnCalendar, identityNumber
    }

    var kind: String?
    var file: File?
    var issuedOn: String?
    var issuedOnCalendar: String?
    var expiresOn: String?
    var expiresOnCalendar: String?
    var identityNumber: String?

    /// The document kind chosen; nil for a value the list does not offer (a forged post).
    var documentKind: DocumentKind? { kind.flatMap(DocumentKind.init(rawValue:)) }

    /// The upload checked by its content and read for `identityType`'s number, or every problem.
    func parsed(identityType: IdentityType, maximumBytes: Int) -> (upload: DocumentUpload?, problems: [RequestProblem])
    {
        var problems: [RequestProblem] = []
        guard let kind = documentKind else { return (nil, problems) }
        var issued: GregorianDay?
        switch FormDay(issuedOn, calendar: issuedOnCalendar) {
        case .empty: break
        case .day(let day): issued = day
        case .invalid(let error): problems.append(.issuedOn(error))
        }
        var expires: GregorianDay?
        switch FormDay(expiresOn, calendar: expiresOnCalendar) {
        case .empty: break
        case .day(let day): expires = day
        case .invalid(let error): problems.append(.expiresOn(error))
        }
        if let issued, let expires, expires < issued { problems.append(.expiryBeforeIssue) }
        var printedIdentity: String?
        if kind == .identityCopy {
            // The number is what matches the copy against the beneficiary's record, so a copy is
            // not taken without it.
            let typed = (identityNumber ?? "").trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                problems.append(.identityOnDocumentMissing)
            } else {
                switch IdentityNumber.parse(typed, type: identityType) {
                case .success(let number): printedIdentity = number.value
                case .failure(let problem): problems.append(.identityOnDocument(problem))
                }
            }
        }
        var content: (DocumentFormat, [UInt8])?
        if let file {
            switch Uploads.check(file, maximumBytes: maximumBytes) {
            case .success(let checked): content = checked
            case .failure(let refusal): problems.append(.upload(.file, refusal))
            }
        } else {
            problems.append(.upload(.file, .empty))
        }
        guard problems.isEmpty, let (format, bytes) = content else { return (nil, problems) }
        return (
            DocumentUpload(
                kind: kind, format: format, bytes: bytes, originalName: Uploads.displayName(file?.filename ?? ""),
                issuedOn: issued, expiresOn: expires, printedIdentity: printedIdentity),
            []
        )
    }
}
