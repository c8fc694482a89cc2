import Fluent

/// Creates the knowledge base: articles, their earlier versions, and "was this helpful" votes;
/// and lets an inquiry's answer point at an article.
struct M0021_CreateKnowledgeBase: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("articles")
            .id()
            .field("category", .string, .required)
            .field("is_public", .bool, .required)
            .field("version", .int, .required)
            .field("title_ar", .string, .required)
            .field("body_ar", .string, .required)
            .field("title_en", .string, .required)
            .field("body_en", .string, .required)
            .field("search_text", .string, .required)
            .field("edited_by", .string, .required)
            .field("edited_at", .datetime, .required)
            .field("helpful", .int, .required)
            .field("not_helpful", .int, .required)
            .create()
        try await database.schema("article_versions")
            .id()
            .field("article_id", .uuid, .required, .references("articles", "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("title_ar", .string, .required)
            .field("body_ar", .string, .required)
            .field("title_en", .string, .required)
            .field("body_en", .string, .required)
            .field("edited_by", .string, .required)
            .field("edited_at", .datetime, .required)
            .create()
        try await database.schema("article_votes")
            .id()
            .field("article_id", .uuid, .required, .references("articles", "id", onDelete: .cascade))
            .field("visitor", .string, .required)
            .field("helpful", .bool, .required)
            .unique(on: "article_id", "visitor")
            .create()
        try await database.schema("inquiries").field("article_id", .uuid).update()
        try await IndexSpec.create(
            [IndexSpec("idx_articles_public", on: "articles", ["is_public", "category"])], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inquiries").deleteField("article_id").update()
        for table in ["article_votes", "article_versions", "articles"] { try await database.schema(table).delete() }
    }
}
