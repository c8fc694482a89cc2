import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Checks an uploaded file by its content, never by its name, and cleans the name for display.
enum Uploads {
    /// What an upload route collects: the largest document plus a megabyte for the form's other
    /// fields, so an oversized file reaches the check and gets its message next to the field.
    static func bodyLimit(_ configuration: AppConfiguration) -> ByteCount {
        ByteCount(value: configuration.uploadMaxBytes + 1024 * 1024)
    }

    /// Why an upload was refused.
    enum Refusal: Error, Equatable {
        case empty
        case tooLarge(limit: Int)
        case notAcceptedFormat
        case nameClaimsOtherFormat(claimed: DocumentFormat)
    }

    /// The detected format, or why the file is refused: a format we accept must be recognised
    /// from the bytes, and a name claiming another format (a PNG renamed .pdf) is refused too.
    static func check(_ file: File, maximumBytes: Int) -> Result<(DocumentFormat, [UInt8]), Refusal> {
        let size = file.data.readableBytes
        guard size > 0 else { return .failure(.empty) }
        guard size <= maximumBytes else { return .failure(.tooLarge(limit: maximumBytes)) }
        let bytes = Array(file.data.readableBytesView)
        guard let format = DocumentFormat.detect(bytes.prefix(16)) else {
            let claimed = claimedFormat(file.filename)
            return .failure(claimed.map { .nameClaimsOtherFormat(claimed: $0) } ?? .notAcceptedFormat)
        }
        if let claimed = claimedFormat(file.filename), claimed != format {
            return .failure(.nameClaimsOtherFormat(claimed: claimed))
        }
        return .success((format, bytes))
    }

    private static func claimedFormat(_ name: String) -> DocumentFormat? {
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf": return .pdf
        case "jpg", "jpeg": return .jpeg
        case "png": return .png
        default: return nil
        }
    }

    /// A stored file sent for download: always as an attachment under a generated name (the
    /// uploaded one is never trusted in a header), never sniffed, never cached by a shared proxy.
    static func download(_ request: Request, sha256: String, mimeType: String, filename: String) async throws
        -> Response
    {
        var body = ByteBuffer()
        try await DocumentStore(database: request.db).read(sha256) { chunk in body.writeBytes(chunk) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: mimeType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(buffer: body))
    }

    /// The uploaded name made safe to show: no folders, no control or direction-override
    /// characters (which can disguise "gpj.exe" as "exe.jpg"), at most 120 characters.
    static func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = last.unicodeScalars.filter { scalar in
            !(scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format)
        }
        let text = String(String.UnicodeScalarView(cleaned)).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? "document" : String(text.prefix(120))
    }

    /// The checked upload of a form's file field, or nil with the refusal added to `errors`
    /// next to `field` (a missing file too, when `required`).
    static func checked(
        _ file: File?, field: String, required: Bool = true, maximumBytes: Int, strings: Strings,
        errors: inout [FieldError]
    ) -> (DocumentFormat, [UInt8])? {
        let text = RequestText(strings: strings)
        guard let file else {
            if required { errors.append(FieldError(field: field, message: text.uploadEmpty)) }
            return nil
        }
        switch check(file, maximumBytes: maximumBytes) {
        case .success(let value): return value
        case .failure(let refusal):
            errors.append(FieldError(field: field, message: message(refusal, strings: strings)))
            return nil
        }
    }

    /// The message for a refusal, in the user's language.
    static func message(_ refusal: Refusal, strings: Strings) -> String {
        let text = RequestText(strings: strings)
        switch refusal {
        case .empty: return text.uploadEmpty
        case .tooLarge(let limit): return text.uploadTooLarge(megabytes: limit / 1024 / 1024)
        case .notAcceptedFormat: return text.uploadWrongFormat
        case .nameClaimsOtherFormat(let claimed):
            switch claimed {
            case .pdf: return text.uploadNotPDF
            case .jpeg: return text.uploadNotJPEG
            case .png: return text.uploadNotPNG
            }
        }
    }
}
