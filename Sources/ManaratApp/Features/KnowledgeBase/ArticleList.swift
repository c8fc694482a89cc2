import Foundation

/// The list of articles by category with a search: the public FAQ, or the staff's knowledge base,
/// which also shows staff-only articles and, to writers, the link to add one.
enum ArticleList {}
