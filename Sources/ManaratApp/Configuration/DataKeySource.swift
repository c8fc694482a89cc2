import Foundation
import ManaratDomain
import ManaratPersistence

#if canImport(Glibc)
    import Glibc
#endif

/// Where the key that seals sensitive fields and documents comes from.
///
/// The key is never kept in the database: a copy of the database without it reveals no identity
/// number, health condition, parentage note, research finding or document.
public enum DataKeySource: Sendable, Equatable {
    /// `MANARAT_DATA_KEY`: 32 bytes, base64-encoded.
    case value(String)
    /// `MANARAT_DATA_KEY_FILE`: a file holding the base64 key.
    case file(String)
    /// Neither set: `manarat-data.key` in the SQLite database's folder, created (readable by its
    /// owner only) the first time. PostgreSQL refuses to start this way, because the instances
    /// sharing the database must share the key.
    case besideDatabase

    /// The key file beside an SQLite database at `path`.
    public static func keyFile(besideDatabaseAt path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("manarat-data.key").path
    }

    /// The protection this source gives for `database`, creating the key file when that is the rule.
    public func resolve(for database: DatabaseLocation) throws -> DataProtection {
        do {
            switch self {
            case .value(let text):
                return try DataProtection(base64: text)
            case .file(let path):
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw DatabaseSetupError(description: "MANARAT_DATA_KEY_FILE: cannot read the data key at \(path)")
                }
                return try DataProtection(base64: text)
            case .besideDatabase:
                guard case .sqlite(let databasePath) = database else {
                    throw DatabaseSetupError(
                        description:
                            "MANARAT_DATA_KEY (or MANARAT_DATA_KEY_FILE) is required with PostgreSQL: every instance must seal data with the same key. Make one with: openssl rand -base64 32"
                    )
                }
                let path = Self.keyFile(besideDatabaseAt: databasePath)
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                // Created only if absent (O_EXCL): a key file that exists is never replaced, even
                // when it cannot be read, since every sealed value depends on it; of two processes
                // starting at once, the second reads the first one's key.
                let key = DataProtection.newKey()
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
                if descriptor >= 0 {
                    let written = Array((key + "\n").utf8).withUnsafeBytes {
                        write(descriptor, $0.baseAddress, $0.count)
                    }
                    fsync(descriptor)
                    close(descriptor)
                    guard written == key.utf8.count + 1 else {
                        throw DatabaseSetupError(description: "cannot write the data key file at \(path)")
                    }
                    return try DataProtection(base64: key)
                }
                guard errno == EEXIST else {
                    throw DatabaseSetupError(description: "cannot create the data key file at \(path)")
                }
                // Written by another process this very moment: give it a moment to finish.
                for _ in 0..<50 {
                    if let text = try? String(contentsOfFile: path, encoding: .utf8),
                        !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                    {
                        return try DataProtection(base64: text)
                    }
                    usleep(20_000)
                }
                throw DatabaseSetupError(
                    description:
                        "the data key file at \(path) cannot be read (check its owner and mode); it is never replaced, since the data sealed with it could not be read again"
                )
            }
        } catch let failure as DataProtection.Failure {
            throw DatabaseSetupError(description: failure.description)
        }
    }
}
