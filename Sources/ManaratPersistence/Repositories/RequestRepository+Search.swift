import Fluent
import Foundation
import ManaratDomain
import SQLKit

extension RequestRepository {
    /// The reference numbers of the requests with these ids, in one query.
    public func references(of ids: [UUID]) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await SupportRequestModel.query(on: database).filter(\.$id ~~ Set(ids)).field(\.$id).field(
            \.$reference
        ).all()
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id!, $0.reference) })
    }

    /// Adds requests written in bulk (demo and benchmark data) to the search index.
    public func indexForSearch(_ requests: [SupportRequest], createdAt: [Date]) async throws {
        try await RequestSearchTermRow.insert(requests, createdAt: createdAt, on: database)
    }

    /// The search part of a list query: requests whose text holds every word of `text` (as stems),
    /// newest first, read from the stems index; `nil` when `text` has no word.
    func searchPage<Row>(
        _ text: String, filter: RequestFilter, page: Int, perPage: Int, shape: RequestQueryShape,
        read: (any SQLRow) throws -> Row
    ) async throws -> [Row]? {
        let stems = Array(ArabicText.wordStems(text).prefix(5))
        guard let first = stems.first else { return nil }
        let sql = database as! any SQLDatabase
        let requests = SupportRequestModel.schema
        var select = sql.select()
            .column(shape.selectList)
            .from(SQLAlias(SQLIdentifier(RequestSearchTermRow.schema), as: SQLIdentifier("t")))
            .join(
                SQLIdentifier(requests), on: SQLColumn("id", table: requests), .equal,
                SQLColumn("request_id", table: "t")
            )
            .where(SQLColumn("term", table: "t"), .equal, SQLBind(first))
        select.joins.append(contentsOf: shape.joins)
        for stem in stems.dropFirst() {
            select = select.where(
                SQLColumn("id", table: requests), .in,
                SQLGroupExpression(
                    sql.select().column("request_id").from(RequestSearchTermRow.schema).where(
                        "term", .equal, SQLBind(stem)
                    ).query
                ))
        }
        select = Self.restrict(select, by: filter, table: requests)
        let rows =
            try await select
            .orderBy(SQLColumn("created_at", table: "t"), SQLDirection.descending)
            .limit(perPage + 1)
            .offset(max(0, page - 1) * perPage)
            .all()
        return try rows.map(read)
    }
}
