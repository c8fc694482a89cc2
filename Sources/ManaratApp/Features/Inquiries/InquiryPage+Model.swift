import Foundation
import ManaratDomain

extension InquiryPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// A public article an answer may link to.
        struct ArticleChoice: Sendable, Equatable {
            var id: UUID
            var titleArabic: String
            var titleEnglish: String
        }

        var inquiry: Inquiry
        var beneficiaryName: String
        var attachment: InquiryAttachment?
        /// The active researchers a question may be referred to.
        var researchers: [StaffMember]
        /// The active staff who may answer.
        var answerers: [StaffMember]
        /// The active request types a question may be turned into.
        var types: [RequestType]
        var articles: [ArticleChoice]
        /// Whether the viewer may turn it into a request.
        var mayConvert: Bool
        /// Whether the viewer may answer, assign and refer.
        var mayAnswer: Bool
        /// What was wrong with the last post.
        var problems: [InquiryProblem]
    }
}
