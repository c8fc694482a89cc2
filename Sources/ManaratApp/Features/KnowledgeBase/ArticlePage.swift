import Foundation

/// One article: on the public FAQ with "was this helpful", or on the desk with its visibility and,
/// for writers, the link to edit it.
enum ArticlePage {}
