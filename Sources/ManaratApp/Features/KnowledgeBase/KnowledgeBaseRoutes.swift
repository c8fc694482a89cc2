import ManaratDomain
import Vapor

/// The knowledge base: the public FAQ with its votes, and the staff's articles and versions.
enum KnowledgeBaseRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let writers = KnowledgeBaseController.writers
        let knowledge = KnowledgeBaseController()
        routes.on(.GET, PublicURL.faq, access: .everyone, use: knowledge.publicList)
        routes.on(.GET, PublicURL.faqArticle(placeholder), access: .everyone, use: knowledge.publicArticle)
        routes.on(.POST, PublicURL.faqVote(placeholder), access: .everyone, use: knowledge.vote)
        routes.on(.GET, StaffURL.knowledgeBase, access: .anyStaff, use: knowledge.staffList)
        routes.on(.GET, StaffURL.article(placeholder), access: .anyStaff, use: knowledge.staffArticle)
        routes.on(.GET, StaffURL.articleNew, access: .staff(writers), use: knowledge.showNew)
        routes.on(.POST, StaffURL.articleNew, access: .staff(writers), use: knowledge.create)
        routes.on(.GET, StaffURL.articleEdit(placeholder), access: .staff(writers), use: knowledge.showEdit)
        routes.on(.POST, StaffURL.articleEdit(placeholder), access: .staff(writers), use: knowledge.update)
    }
}
