import Foundation

/// The file formats accepted for uploaded documents.
///
/// The raw values are stored in the database and never renamed.
public enum DocumentFormat: String, CaseIterable, Codable, Sendable {
    /// PDF, the usual form of scanned letters and certificates.
    case pdf
    /// JPEG, what phone cameras produce.
    case jpeg
    /// PNG, what screenshots produce.
    case png

    /// The format recognized from the file's first bytes (magic numbers), never from its name: "%PDF-", FF D8 FF, 89 50 4E 47 0D 0A 1A 0A.
    ///
    /// Names and declared content types are chosen by whoever uploads, so
    /// trusting them would let an HTML page or a script in as a "PDF".
    public static func detect(_ prefix: some Collection<UInt8>) -> DocumentFormat? {
        allCases.first { prefix.starts(with: $0.signature) }
    }

    /// The media type to send when serving the file.
    public var mimeType: String {
        switch self {
        case .pdf: return "application/pdf"
        case .jpeg: return "image/jpeg"
        case .png: return "image/png"
        }
    }

    /// The extension to give the file when it is downloaded; "jpg" because
    /// that is what phones and Windows expect.
    public var fileExtension: String {
        switch self {
        case .pdf: return "pdf"
        case .jpeg: return "jpg"
        case .png: return "png"
        }
    }

    /// The bytes every file of this format starts with.
    var signature: [UInt8] {
        switch self {
        case .pdf: return Array("%PDF-".utf8)
        case .jpeg: return [0xFF, 0xD8, 0xFF]
        case .png: return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        }
    }
}

/// The kinds of document a request can carry (المستندات المطلوبة).
///
/// The raw values are stored in the database and never renamed.
public enum DocumentKind: String, CaseIterable, Codable, Sendable {
    /// A copy of the identity document (صورة الهوية).
    case identityCopy
    /// The family record (سجل الأسرة).
    case familyRecord
    /// A salary certificate (تعريف بالراتب).
    case salaryCertificate
    /// A lease (عقد الإيجار).
    case lease
    /// A medical report (تقرير طبي).
    case medicalReport
    /// A bank letter showing the IBAN (خطاب الآيبان).
    case ibanLetter
    /// The applicant's signed attestation that the data is correct.
    case signedAttestation
    /// A photo taken by the social researcher on a home visit.
    case researchPhoto
    /// Anything else the employee decides to keep.
    case other
}

/// A document a request type asks for.
public struct DocumentRequirement: Sendable, Equatable, Codable {
    /// The kind of document.
    public var kind: DocumentKind
    /// Whether the copy must be in force on the submission day; documents
    /// without an expiry, such as a research photo, only need to be present.
    public var mustBeValidAtSubmission: Bool

    /// Creates a requirement.
    public init(kind: DocumentKind, mustBeValidAtSubmission: Bool) {
        self.kind = kind
        self.mustBeValidAtSubmission = mustBeValidAtSubmission
    }
}

/// A document the applicant handed in, with the dates written on it.
public struct ProvidedDocument: Sendable, Equatable {
    /// The kind of document.
    public var kind: DocumentKind
    /// The issue date, when the document shows one.
    public var issuedOn: GregorianDay?
    /// The expiry date, when the document shows one.
    public var expiresOn: GregorianDay?

    /// Creates a provided document.
    public init(kind: DocumentKind, issuedOn: GregorianDay?, expiresOn: GregorianDay?) {
        self.kind = kind
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
    }
}

/// Something that keeps a request from complete registration.
public enum IntakeProblem: Sendable, Equatable, Hashable {
    /// A required field is empty; the associated value is the field's key.
    case missingField(String)
    /// No copy of a required document was provided.
    case missingDocument(DocumentKind)
    /// The document had expired before the submission day.
    case documentExpired(DocumentKind, expiredOn: GregorianDay)
    /// The document's issue date is after the submission day, which is almost always a typing mistake.
    case documentNotYetIssued(DocumentKind)
    /// The document must be valid at submission but no expiry date was entered, so its validity cannot be checked.
    case documentExpiryMissing(DocumentKind)
    /// The identity number on the request is not the one on the beneficiary's record.
    case identityMismatch
    /// An identity copy is in, but the number printed on it was never entered, so it was not
    /// matched against the beneficiary's record.
    case identityNotMatched
}

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
    public static func problems(requiredFields: [String], values: [String: String], requiredDocuments: [DocumentRequirement], documents: [ProvidedDocument], identityOnRecord: IdentityNumber, identityOnRequest: IdentityNumber?, submittedOn: GregorianDay) -> [IntakeProblem] {
        var found: [IntakeProblem] = []
        for field in requiredFields where isBlank(values[field]) {
            found.append(.missingField(field))
        }
        for requirement in requiredDocuments {
            let copies = documents.filter { $0.kind == requirement.kind }
            if copies.isEmpty {
                found.append(.missingDocument(requirement.kind))
            } else if requirement.mustBeValidAtSubmission,
                      let problem = problem(with: copies, on: submittedOn) {
                found.append(problem)
            }
        }
        if let identityOnRequest {
            if identityOnRecord != identityOnRequest { found.append(.identityMismatch) }
        } else if requiredDocuments.contains(where: { $0.kind == .identityCopy }), documents.contains(where: { $0.kind == .identityCopy }) {
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
