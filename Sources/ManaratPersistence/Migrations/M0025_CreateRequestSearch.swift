import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The words that find a support request (its reference, description and field values), one row
/// per word stem, carrying the request's creation time so that a search answers newest first
/// straight from the index, and the index the default list's due-day order reads.
///
/// Requests stored before this migration are indexed here, a thousand at a time.
struct M0025_CreateRequestSearch: AsyncMigration {
    private static let indexes = [
        IndexSpec("idx_request_search_term", on: RequestSearchTermRow.schema, ["term", "created_at"]),
        IndexSpec("idx_request_search_request", on: RequestSearchTermRow.schema, ["request_id"]),
        IndexSpec("idx_requests_due_created", on: "support_requests", ["expected_response_on", "created_at"]),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(RequestSearchTermRow.schema)
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("term", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await IndexSpec.create(Self.indexes, on: database)
        // Read as raw columns: the model may already declare columns that later migrations add.
        let sql = database as! any SQLDatabase
        var lastID: UUID?
        while true {
            var select = sql.select().columns(RequestColumns.names.map { SQLColumn($0) }).from("support_requests")
                .orderBy("id").limit(1_000)
            if let lastID { select = select.where("id", .greaterThan, SQLBind(lastID)) }
            let rows = try await select.all().map(RequestColumns.init)
            guard let last = rows.last else { break }
            try await RequestSearchTermRow.insert(
                rows.map(RequestRepository.request), createdAt: rows.map(\.createdAt), on: database)
            lastID = last.id
        }
    }

    func revert(on database: any Database) async throws {
        try await IndexSpec.drop(Self.indexes, on: database)
        try await database.schema(RequestSearchTermRow.schema).delete()
    }
}
