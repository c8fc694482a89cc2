import Testing

@testable import ManaratDomain

@Suite("Uploaded file formats")
struct DocumentFormatTests {
    static let pngBytes: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    ]

    @Test(
        "PDF, JPEG and PNG files are recognized from their first bytes",
        arguments: [
            (Array("%PDF-1.7\n%âãÏÓ".utf8), DocumentFormat.pdf),
            ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], .jpeg),
            (pngBytes, .png),
        ]
    )
    func recognized(bytes: [UInt8], expected: DocumentFormat) {
        // setup
        let slice = bytes[...]

        // act
        let format = DocumentFormat.detect(slice)

        // assert
        #expect(format == expected)
    }

    @Test("a PNG picture renamed to .pdf is still a PNG, so it is not accepted as a PDF")
    func renamedPNG() {
        // setup
        let fileName = "salary-certificate.pdf"
        let bytes = Self.pngBytes

        // act
        let format = DocumentFormat.detect(bytes)

        // assert
        #expect(fileName.hasSuffix(".pdf"))
        #expect(format == .png)
        #expect(format != .pdf)
    }

    @Test(
        "web pages, empty files and cut-off signatures are not recognized",
        arguments: [
            Array("<!DOCTYPE html><html><body>%PDF-</body></html>".utf8),
            Array(" %PDF-1.7".utf8),
            Array("%PDF".utf8),
            [0x89, 0x50, 0x4E, 0x47],
            [0xFF, 0xD8],
            [],
        ]
    )
    func unrecognized(bytes: [UInt8]) {
        // setup
        let data = bytes

        // act
        let format = DocumentFormat.detect(data)

        // assert
        #expect(format == nil)
    }

    @Test(
        "each format is served with its media type and downloaded with its usual extension",
        arguments: [
            (DocumentFormat.pdf, "application/pdf", "pdf"),
            (.jpeg, "image/jpeg", "jpg"),
            (.png, "image/png", "png"),
        ]
    )
    func mediaTypes(format: DocumentFormat, mime: String, fileExtension: String) {
        // setup
        let subject = format

        // act
        let actualMime = subject.mimeType
        let actualExtension = subject.fileExtension

        // assert
        #expect(actualMime == mime)
        #expect(actualExtension == fileExtension)
    }
}

@Suite("Intake verification")
struct IntakeVerificationTests {
    let submittedOn = GregorianDay(year: 2023, month: 3, day: 15)!
    let identity = try! IdentityNumber.parse("1000000008", type: .nationalID).get()
    let identityCopyRequired = [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)]

    func problems(
        fields: [String] = [],
        values: [String: String] = [:],
        requirements: [DocumentRequirement],
        documents: [ProvidedDocument],
        onRequest: IdentityNumber? = nil
    ) -> [IntakeProblem] {
        IntakeVerification.problems(
            requiredFields: fields,
            values: values,
            requiredDocuments: requirements,
            documents: documents,
            identityOnRecord: identity,
            identityOnRequest: onRequest ?? identity,
            submittedOn: submittedOn
        )
    }

    @Test(
        "an identity copy whose number was never entered is not matched, and says so; without a required copy nothing is asked"
    )
    func identityCopyWithoutNumber() {
        // setup
        let copy = ProvidedDocument(kind: .identityCopy, issuedOn: nil, expiresOn: submittedOn.adding(days: 400))
        // act
        let unmatched = IntakeVerification.problems(
            requiredFields: [], values: [:], requiredDocuments: identityCopyRequired, documents: [copy],
            identityOnRecord: identity, identityOnRequest: nil, submittedOn: submittedOn)
        let notAsked = IntakeVerification.problems(
            requiredFields: [], values: [:], requiredDocuments: [], documents: [copy], identityOnRecord: identity,
            identityOnRequest: nil, submittedOn: submittedOn)
        let matched = IntakeVerification.problems(
            requiredFields: [], values: [:], requiredDocuments: identityCopyRequired, documents: [copy],
            identityOnRecord: identity, identityOnRequest: identity, submittedOn: submittedOn)
        // assert
        #expect(unmatched == [.identityNotMatched])
        #expect(notAsked.isEmpty)
        #expect(matched.isEmpty)
    }

    @Test("an identity copy that expired the day before submission is reported as expired on that day")
    func expiredDayBefore() {
        // setup
        let dayBefore = submittedOn.adding(days: -1)
        let copy = ProvidedDocument(kind: .identityCopy, issuedOn: nil, expiresOn: dayBefore)

        // act
        let found = problems(requirements: identityCopyRequired, documents: [copy])

        // assert
        #expect(found == [.documentExpired(.identityCopy, expiredOn: dayBefore)])
    }

    @Test("an identity copy that expires on the submission day is still valid")
    func expiresOnSubmissionDay() {
        // setup
        let copy = ProvidedDocument(kind: .identityCopy, issuedOn: nil, expiresOn: submittedOn)

        // act
        let found = problems(requirements: identityCopyRequired, documents: [copy])

        // assert
        #expect(found.isEmpty)
    }

    @Test("an old expired copy does not matter when a renewed copy was also handed in")
    func oneValidCopyIsEnough() {
        // setup
        let old = ProvidedDocument(
            kind: .identityCopy, issuedOn: nil, expiresOn: GregorianDay(year: 2022, month: 1, day: 1)!)
        let renewed = ProvidedDocument(
            kind: .identityCopy, issuedOn: GregorianDay(year: 2022, month: 1, day: 2)!,
            expiresOn: GregorianDay(year: 2032, month: 1, day: 1)!)

        // act
        let found = problems(requirements: identityCopyRequired, documents: [old, renewed])

        // assert
        #expect(found.isEmpty)
    }

    @Test("when every copy has expired, the most recent expiry is reported")
    func latestExpiryReported() {
        // setup
        let older = GregorianDay(year: 2021, month: 6, day: 1)!
        let newer = GregorianDay(year: 2023, month: 1, day: 10)!
        let copies = [
            ProvidedDocument(kind: .identityCopy, issuedOn: nil, expiresOn: older),
            ProvidedDocument(kind: .identityCopy, issuedOn: nil, expiresOn: newer),
        ]

        // act
        let found = problems(requirements: identityCopyRequired, documents: copies)

        // assert
        #expect(found == [.documentExpired(.identityCopy, expiredOn: newer)])
    }

    @Test("a document that must be valid but has no expiry date, or is dated after submission, is flagged")
    func undatedAndFutureDocuments() {
        // setup
        let requirements = [
            DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true),
            DocumentRequirement(kind: .salaryCertificate, mustBeValidAtSubmission: true),
        ]
        let documents = [
            ProvidedDocument(kind: .identityCopy, issuedOn: nil, expiresOn: nil),
            ProvidedDocument(
                kind: .salaryCertificate, issuedOn: submittedOn.adding(days: 1), expiresOn: submittedOn.adding(days: 90)
            ),
        ]

        // act
        let found = problems(requirements: requirements, documents: documents)

        // assert
        #expect(found == [.documentExpiryMissing(.identityCopy), .documentNotYetIssued(.salaryCertificate)])
    }

    @Test("a document that only has to be present needs no dates, but must still be handed in")
    func presenceOnly() {
        // setup
        let requirements = [
            DocumentRequirement(kind: .familyRecord, mustBeValidAtSubmission: false),
            DocumentRequirement(kind: .lease, mustBeValidAtSubmission: false),
        ]
        let documents = [ProvidedDocument(kind: .familyRecord, issuedOn: nil, expiresOn: nil)]

        // act
        let found = problems(requirements: requirements, documents: documents)

        // assert
        #expect(found == [.missingDocument(.lease)])
    }

    @Test("fields left empty, holding only spaces or only direction marks, or absent count as missing")
    func blankFields() {
        // setup
        let fields = ["fullName", "mobile", "district", "city", "iban"]
        let values = ["fullName": "   ", "mobile": "\u{200F}\u{200E}", "district": "\n\t", "city": "الرياض"]

        // act
        let found = problems(fields: fields, values: values, requirements: [], documents: [])

        // assert
        #expect(
            found == [
                .missingField("fullName"), .missingField("mobile"), .missingField("district"), .missingField("iban"),
            ])
    }

    @Test("an identity number on the request that differs from the beneficiary's record is a mismatch")
    func identityMismatch() throws {
        // setup
        let other = try IdentityNumber.parse("1012345672", type: .nationalID).get()

        // act
        let mismatched = problems(requirements: [], documents: [], onRequest: other)
        let matched = problems(requirements: [], documents: [], onRequest: identity)

        // assert
        #expect(mismatched == [.identityMismatch])
        #expect(matched.isEmpty)
    }

    @Test("problems are listed fields first, then documents in the order required, then the identity")
    func stableOrder() throws {
        // setup
        let other = try IdentityNumber.parse("1012345672", type: .nationalID).get()
        let requirements = [
            DocumentRequirement(kind: .ibanLetter, mustBeValidAtSubmission: false),
            DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true),
            DocumentRequirement(kind: .familyRecord, mustBeValidAtSubmission: false),
        ]
        let expiredOn = submittedOn.adding(days: -30)
        let documents = [ProvidedDocument(kind: .identityCopy, issuedOn: nil, expiresOn: expiredOn)]

        // act
        let found = problems(
            fields: ["mobile", "mobile"], requirements: requirements, documents: documents, onRequest: other)

        // assert
        #expect(
            found == [
                .missingField("mobile"),
                .missingDocument(.ibanLetter),
                .documentExpired(.identityCopy, expiredOn: expiredOn),
                .missingDocument(.familyRecord),
                .identityMismatch,
            ])
    }
}
