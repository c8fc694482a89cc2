import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The support request pages, at the desk and in the portal, in Arabic and in English, rendered
/// from `.mock` models with no database and no server.
@Suite("Request pages, snapshotted in both languages")
struct RequestPagesSnapshotTests {
    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "request-draft-refused",
            { RequestPage.render(.mockDraftRefused, context: .mock($0, staff: .mockRelations)) }
        ),
        ("request-research", { RequestPage.render(.mockResearch, context: .mock($0, staff: .mockResearcher)) }),
        ("request-delivery", { RequestPage.render(.mockDelivery, context: .mock($0, staff: .mockDelivery)) }),
        ("requests-list", { RequestListPage.render(.mock, context: .mock($0, staff: .mockRelations)) }),
        ("request-new-refused", { RequestNewPage.render(.mockRefused, context: .mock($0, staff: .mockRelations)) }),
        ("request-edit-stale", { RequestEditPage.render(.mockStale, context: .mock($0, staff: .mockRelations)) }),
        ("portal-apply", { PortalApplyPage.render(.mock, context: .mock($0, path: "/portal/apply")) }),
        ("portal-application-refused", { PortalApplicationPage.render(.mockRefused, context: .mock($0)) }),
        ("portal-request-draft", { PortalRequestPage.render(.mockDraft, context: .mock($0)) }),
        ("portal-request-delivered", { PortalRequestPage.render(.mockDelivered, context: .mock($0)) }),
    ]

    @Test("each request page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a refused upload is announced next to the file field, and the whole IBAN only to delivery staff")
    func fieldsAndMasking() {
        // setup
        var researcherView = RequestPage.Model.mockDelivery
        researcherView.staffRoles = [.researcher]
        // act
        let refused = RequestPage.render(.mockDraftRefused, context: .mock(.english, staff: .mockRelations))
        let officer = RequestPage.render(.mockDelivery, context: .mock(.english, staff: .mockDelivery))
        let researcher = RequestPage.render(researcherView, context: .mock(.english, staff: .mockResearcher))
        // assert
        #expect(refused.contains(#"<p class="error" id="file-error">"#))
        #expect(officer.contains("SA03 8000 0000 6080 1016 7519"))
        #expect(!researcher.contains("6080 1016"))
    }
}
