@preconcurrency import Crypto
import Foundation
import ManaratDomain

/// Seals the sensitive fields and the uploaded documents with AES-GCM, and derives the keyed
/// hashes that keep identity numbers findable by exact match.
///
/// One configured key (`MANARAT_DATA_KEY`) gives two keys through HKDF: one that seals and one
/// that hashes, so a hash never reveals anything about the sealing key. A sealed text is
/// `v1:` and the base64 of nonce, ciphertext and tag; the field's name is authenticated with it,
/// so a value copied into another column does not open. Empty texts stay empty: that a field is
/// blank is not secret, and blanking (retention, a cleared form) needs no key.
public struct DataProtection: Sendable {
    /// What a sealed value is; authenticated with it.
    public enum Field: String, Sendable, CaseIterable {
        /// A national ID, Iqama, passport or other identity number.
        case identityNumber = "identity_number"
        /// Health conditions of a beneficiary or a household member.
        case healthConditions = "health_conditions"
        /// Notes on a child's parentage.
        case parentageNote = "parentage_note"
        /// What the social researcher found.
        case researchFindings = "research_findings"
        /// The household's situation as the researcher saw it.
        case householdSituation = "household_situation"
        /// The IBAN a bank transfer went to.
        case iban = "iban"
        /// A chunk of an uploaded document.
        case documentContent = "document_content"
        /// The value that proves the configured key is the one the data was sealed with.
        case keyCheck = "key_check"
    }

    /// Why a stored value could not be opened.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The configured key is not valid base64 of 32 bytes.
        case badKey
        /// The value is not sealed, or was sealed with another key or for another field.
        case cannotOpen(Field)

        public var description: String {
            switch self {
            case .badKey:
                return "MANARAT_DATA_KEY must be 32 random bytes, base64-encoded (for example: openssl rand -base64 32)"
            case .cannotOpen(let field): return "a sealed \(field.rawValue) does not open with the configured data key"
            }
        }
    }

    static let prefix = "v1:"
    private let sealing: SymmetricKey
    private let hashing: SymmetricKey

    /// Protection under `key` (32 bytes).
    public init(key: SymmetricKey) {
        sealing = HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("manarat/seal/v1".utf8), outputByteCount: 32)
        hashing = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: key, info: Data("manarat/index/v1".utf8), outputByteCount: 32)
    }

    /// Protection under a base64-encoded 32-byte key.
    public init(base64 text: String) throws(Failure) {
        guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), data.count == 32
        else { throw .badKey }
        self.init(key: SymmetricKey(data: data))
    }

    /// A new random key, base64-encoded, for a key file or the environment.
    public static func newKey() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
    }

    // MARK: Fields

    /// `text` sealed for `field`; empty stays empty.
    public func seal(_ text: String, as field: Field) -> String {
        guard !text.isEmpty else { return "" }
        // Sealing with a valid 256-bit key and a random nonce cannot fail.
        let box = try! AES.GCM.seal(Data(text.utf8), using: sealing, authenticating: Data(field.rawValue.utf8))
        return Self.prefix + box.combined!.base64EncodedString()
    }

    /// An optional text sealed for `field`.
    public func sealIfPresent(_ text: String?, as field: Field) -> String? {
        text.map { seal($0, as: field) }
    }

    /// The text in a value sealed for `field`.
    public func open(_ stored: String, as field: Field) throws(Failure) -> String {
        guard !stored.isEmpty else { return "" }
        guard stored.hasPrefix(Self.prefix),
            let data = Data(base64Encoded: String(stored.dropFirst(Self.prefix.count))),
            let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: sealing, authenticating: Data(field.rawValue.utf8)),
            let text = String(data: plain, encoding: .utf8)
        else {
            throw .cannotOpen(field)
        }
        return text
    }

    /// The text in an optional sealed value.
    public func openIfPresent(_ stored: String?, as field: Field) throws(Failure) -> String? {
        guard let stored else { return nil }
        return try open(stored, as: field)
    }

    /// Whether `stored` is a sealed value (of any field).
    public static func isSealed(_ stored: String) -> Bool {
        stored.hasPrefix(prefix)
    }

    // MARK: Keyed hashes

    /// The keyed hash of an identity number (its normalized value, whatever its type), as
    /// lower-case hex: equal numbers give equal hashes, and without the key a hash cannot be
    /// tested against a guessed number.
    public func index(_ identityNumber: String) -> String {
        hex(
            HMAC<SHA256>.authenticationCode(for: Data(("identity:" + identityNumber.uppercased()).utf8), using: hashing)
        )
    }

    /// The keyed hash that names a document's content, so equal files are stored once and the
    /// name says nothing to someone who holds a copy of a file but not the key.
    public func contentName(_ bytes: [UInt8]) -> String {
        hex(HMAC<SHA256>.authenticationCode(for: bytes, using: hashing))
    }

    // MARK: Documents

    /// One chunk of a document sealed; its name and position are authenticated with it, so
    /// chunks cannot be swapped between documents or reordered.
    public func sealChunk(_ chunk: Data, of name: String, sequence: Int) -> Data {
        let box = try! AES.GCM.seal(chunk, using: sealing, authenticating: Data("chunk:\(name):\(sequence)".utf8))
        return Self.chunkMagic + box.combined!
    }

    /// A sealed chunk opened.
    public func openChunk(_ stored: Data, of name: String, sequence: Int) throws(Failure) -> Data {
        guard stored.starts(with: Self.chunkMagic),
            let box = try? AES.GCM.SealedBox(combined: stored.dropFirst(Self.chunkMagic.count)),
            let plain = try? AES.GCM.open(box, using: sealing, authenticating: Data("chunk:\(name):\(sequence)".utf8))
        else {
            throw .cannotOpen(.documentContent)
        }
        return plain
    }

    /// Marks a sealed chunk ("MNR1"), so a check can tell sealed chunks from plain ones.
    static let chunkMagic = Data("MNR1".utf8)

    private func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
