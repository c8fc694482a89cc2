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
