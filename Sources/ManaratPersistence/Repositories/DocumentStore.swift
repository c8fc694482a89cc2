import Crypto
import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Where uploaded documents live: in the database, so every instance reaches them, cut into
/// chunks so no statement carries a whole 10 MB file and reading never holds it twice. Each
/// chunk is sealed with AES-GCM under the data key (`DataProtection.sealChunk`).
public struct DocumentStore: Sendable {
    /// The chunk size: small enough for any driver's parameter limits, large enough to be few.
    public static let chunkSize = 256 * 1024

    private let database: any Database

    /// A store on `database`; call inside the transaction that records the document.
    public init(database: any Database) {
        self.database = database
    }

    /// Stores `bytes` unless identical content is already there, and returns its identity.
    public func put(_ bytes: [UInt8], mimeType: String, at now: Date) async throws -> StoredBlob {
        let protection = try database.protection
        let sha = protection.contentName(bytes)
        let blob = StoredBlob(sha256: sha, size: bytes.count, mimeType: mimeType)
        if try await DocumentBlobModel.find(sha, on: database) != nil { return blob }
        let row = DocumentBlobModel()
        row.id = sha
        row.size = bytes.count
        row.mimeType = mimeType
        row.createdAt = now
        try await row.create(on: database)
        let sql = database as! any SQLDatabase
        var offset = 0
        var sequence = 0
        repeat {
            let end = min(offset + Self.chunkSize, bytes.count)
            try await sql.insert(into: "document_chunks").columns("sha256", "seq", "data")
                .values(
                    SQLBind(sha), SQLBind(sequence),
                    SQLBind(protection.sealChunk(Data(bytes[offset..<end]), of: sha, sequence: sequence))
                )
                .run()
            offset = end
            sequence += 1
        } while offset < bytes.count
        return blob
    }

    /// The blob's description, if stored.
    public func blob(_ sha256: String) async throws -> StoredBlob? {
        guard let row = try await DocumentBlobModel.find(sha256, on: database) else { return nil }
        return StoredBlob(sha256: sha256, size: row.size, mimeType: row.mimeType)
    }

    /// Calls `body` with each chunk in order, reading one chunk at a time.
    public func read(_ sha256: String, _ body: (Data) async throws -> Void) async throws {
        let sql = database as! any SQLDatabase
        let protection = try database.protection
        var sequence = 0
        while true {
            let rows = try await sql.select().column("data").from("document_chunks")
                .where("sha256", .equal, sha256).where("seq", .equal, sequence).all()
            guard let row = rows.first else { break }
            try await body(
                try protection.openChunk(try row.decode(column: "data", as: Data.self), of: sha256, sequence: sequence))
            sequence += 1
        }
    }
}
