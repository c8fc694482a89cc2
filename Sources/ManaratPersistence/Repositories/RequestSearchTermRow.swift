import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The table of word stems that find support requests (`request_search_terms`).
///
/// A plain table read through SQLKit: each row is a stem, its request and the request's creation
/// time, so `term = ? ORDER BY created_at DESC` is one backward walk of one index on both databases.
enum RequestSearchTermRow {
    static let schema = "request_search_terms"

    /// The stems that find `request`: its reference, its description and its field values.
    static func stems(of request: SupportRequest) -> [String] {
        let text =
            ([request.reference, request.details]
            + request.fieldValues.keys.sorted().compactMap { request.fieldValues[$0] }).joined(separator: " ")
        return ArabicText.wordStems(text)
    }

    /// Indexes `requests`, created at the matching `createdAt`, in statements of at most 500 rows.
    static func insert(_ requests: [SupportRequest], createdAt: [Date], on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let rows = zip(requests, createdAt).flatMap { request, created in
            stems(of: request).map { (request.id, $0, created) }
        }
        var start = 0
        while start < rows.count {
            let end = min(start + 500, rows.count)
            var insert = sql.insert(into: schema).columns("request_id", "term", "created_at")
            for (id, term, created) in rows[start..<end] {
                insert = insert.values(SQLBind(id), SQLBind(term), SQLBind(created))
            }
            try await insert.run()
            start = end
        }
    }

    /// Replaces the stems of one request, when its searchable text changed.
    static func replace(_ request: SupportRequest, createdAt: Date, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.delete(from: schema).where("request_id", .equal, SQLBind(request.id)).run()
        try await insert([request], createdAt: [createdAt], on: database)
    }
}
