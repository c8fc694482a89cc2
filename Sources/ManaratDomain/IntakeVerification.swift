import Foundation

/// The policy's check at intake: match the data and verify it is valid at
/// the time of submission (مطابقة البيانات والتأكد من صلاحيتها وقت التقديم).
public enum IntakeVerification {
    /// Everything that keeps a request from complete registration, in a stable order (fields, then documents in requirement order).
    /// A document is valid on the submission day if it expires on or after that day; a kind provided several times is fine when at least one copy is valid.
    ///
    /// An identity mismatch comes last. Each requirement yields at most one
    /// problem, so the employee gets one thing to ask for per document.
    ///
    /// `identityOnRequest` is the number entered from the identity copy; `nil` means none was
    /// entered, which blocks registration only when the request type asks for an identity copy
    /// and one is there: a copy nobody matched is not verified data.
    public static func problems(
        requiredFields: [String], values: [String: String], requiredDocuments: [DocumentRequirement],
        documents: [ProvidedDocument], identityOnRecord: IdentityNumber, identityOnRequest: IdentityNumber?,
        submittedOn: GregorianDay
    ) -> [IntakeProblem] {
        var found: [IntakeProblem] = []
        for field in requiredFields where isBlank(values[field]) {
            found.append(.missingField(field))
        }
        for requirement in requiredDocuments {
            let copies = documents.filter { $0.kind == requirement.kind }
            if copies.isEmpty {
                found.append(.missingDocument(requirement.kind))
            } else if requirement.mustBeValidAtSubmission,
                let problem = problem(with: copies, on: submittedOn)
            {
                found.append(problem)
            }
        }
        if let identityOnRequest {
            if identityOnRecord != identityOnRequest { found.append(.identityMismatch) }
        } else if requiredDocuments.contains(where: { $0.kind == .identityCopy }),
            documents.contains(where: { $0.kind == .identityCopy })
        {
            found.append(.identityNotMatched)
        }
        // A field or document listed twice in the configuration is still one thing to fix.
        var seen: Set<IntakeProblem> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// Nil when some copy is valid; otherwise the problem most useful to the
    /// employee: an expiry date tells them a renewed document is needed, so it
    /// wins over dates that are missing or mistyped.
    private static func problem(with copies: [ProvidedDocument], on day: GregorianDay) -> IntakeProblem? {
        var latestExpiry: (kind: DocumentKind, expiredOn: GregorianDay)?
        var expiryMissing: IntakeProblem?
        var notYetIssued: IntakeProblem?
        for copy in copies {
            if let issuedOn = copy.issuedOn, issuedOn > day {
                notYetIssued = .documentNotYetIssued(copy.kind)
            } else if let expiresOn = copy.expiresOn {
                if expiresOn >= day {
                    return nil
                }
                if latestExpiry.map({ expiresOn > $0.expiredOn }) ?? true {
                    latestExpiry = (copy.kind, expiresOn)
                }
            } else {
                expiryMissing = .documentExpiryMissing(copy.kind)
            }
        }
        if let latestExpiry {
            return .documentExpired(latestExpiry.kind, expiredOn: latestExpiry.expiredOn)
        }
        return expiryMissing ?? notYetIssued
    }

    /// Whether a value is absent or holds only spaces and the invisible
    /// direction marks that right-to-left editors insert.
    private static func isBlank(_ value: String?) -> Bool {
        guard let value else { return true }
        return value.unicodeScalars.allSatisfy { $0.properties.isWhitespace || ArabicText.isFormatMark($0) }
    }
}
