import Foundation
import Vapor

/// What staff do with an inquiry: answer it (with an article perhaps), assign it, refer it to a
/// researcher, or turn it into a request of a type; and what the asker sends to rate it.
struct InquiryActionForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case answer, articleID, staffID, researcherID, typeID, score, comment
    }

    var answer: String?
    var articleID: String?
    var staffID: String?
    var researcherID: String?
    var typeID: String?
    var score: String?
    var comment: String?

    /// A field holding an id, read as one.
    func id(_ field: Field) -> UUID? {
        let text: String?
        switch field {
        case .articleID: text = articleID
        case .staffID: text = staffID
        case .researcherID: text = researcherID
        case .typeID: text = typeID
        default: text = nil
        }
        return text.flatMap(UUID.init(uuidString:))
    }
}
