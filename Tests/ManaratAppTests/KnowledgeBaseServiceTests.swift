import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The knowledge base's rules on an in-memory store with a pinned clock: no database, no server.
@Suite("The knowledge-base service")
struct KnowledgeBaseServiceTests {
    static let now = Date(timeIntervalSince1970: 1_676_959_200)
    static let draft = ArticleDraft(
        category: .requests, isPublic: true, titleArabic: "متى يصلني الرد؟", bodyArabic: "خلال أسبوعين.",
        titleEnglish: "", bodyEnglish: "")

    @Test("a new article is saved as version 1, stamped with the editor and the clock's time")
    func create() async throws {
        // setup
        let store = InMemoryArticleStore()
        let service = KnowledgeBaseService(store: store, clock: WallClock(now: { Self.now }))
        let id = UUID()
        // act
        let saved = try await service.save(Self.draft, as: id, replacing: nil, editor: "نورة")
        // assert
        #expect(saved == Self.draft.article(id: id, version: 1, editedBy: "نورة", editedAt: Self.now))
        #expect(try await store.find(id: id) == saved)
        #expect(try await store.history(id: id).isEmpty)
    }

    @Test("saving over an article makes its next version and keeps the one before in the history")
    func newVersion() async throws {
        // setup
        let store = InMemoryArticleStore()
        let first = KnowledgeBaseService(store: store, clock: WallClock(now: { Self.now }))
        let id = UUID()
        let original = try await first.save(Self.draft, as: id, replacing: nil, editor: "نورة")
        let later = KnowledgeBaseService(store: store, clock: WallClock(now: { Self.now.addingTimeInterval(3_600) }))
        var corrected = Self.draft
        corrected.bodyArabic = "خلال أسبوعين من اكتمال الطلب."
        // act
        let saved = try await later.save(corrected, as: id, replacing: original, editor: "سالم")
        // assert
        #expect(saved.version == 2)
        #expect(saved.bodyArabic == corrected.bodyArabic)
        #expect(saved.editedBy == "سالم")
        let history = try await store.history(id: id)
        #expect(history.map(\.version) == [1])
        #expect(history.map(\.editedBy) == ["نورة"])
    }

    @Test("a visitor's answer to \"was this helpful\" counts once")
    func voteOnce() async throws {
        // setup
        let store = InMemoryArticleStore()
        let service = KnowledgeBaseService(store: store, clock: WallClock(now: { Self.now }))
        let article = try await service.save(Self.draft, as: UUID(), replacing: nil, editor: "نورة")
        // act
        let first = try await service.vote(on: article, visitor: "v:1", helpful: true)
        let again = try await service.vote(on: article, visitor: "v:1", helpful: false)
        let other = try await service.vote(on: article, visitor: "v:2", helpful: false)
        // assert
        #expect(first && !again && other)
        let votes = try await store.votes(id: article.id)
        #expect(votes.helpful == 1 && votes.notHelpful == 1)
    }
}
