import Foundation

/// The form that adds an article or saves the next version of one, with the versions before it.
enum ArticleEditor {}
