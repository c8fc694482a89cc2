import Foundation
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("HTML snapshots of the public pages")
struct SnapshotTests {
    /// Public pages whose markup depends only on the migrations' data and the pinned clock.
    static let pages: [(name: String, path: String)] = [
        ("home-ar", "/"),
        ("services-ar", "/services"),
        ("policy-ar", "/policy"),
        ("portal-sign-in-ar", "/portal/sign-in"),
        ("staff-sign-in-ar", "/staff/sign-in"),
        ("feedback-ar", "/feedback"),
    ]

    @Test("each public page renders exactly the markup reviewed in __Snapshots__", arguments: pages.map(\.name))
    func page(name: String) async throws {
        try await withApp { app, _ in
            // setup
            let path = try #require(Self.pages.first { $0.name == name }?.path)
            // act
            let response = try await TestBrowser(app: app).get(path)
            // assert
            #expect(response.status == .ok)
            #expect(try Snapshot.compare(response.body.string, named: name) == .matches)
        }
    }

    @Test("a snapshot ignores CSRF tokens and the stylesheet hash but not a changed word")
    func normalization() {
        // setup
        let first =
            #"<form><input type="hidden" name="_csrf" value="abc"/><link href="/assets/manarat.css?v=12ab"/><p>نعم</p></form>"#
        let sameButTokens =
            #"<form><input type="hidden" name="_csrf" value="xyz"/><link href="/assets/manarat.css?v=99ff"/><p>نعم</p></form>"#
        let changedWord =
            #"<form><input type="hidden" name="_csrf" value="abc"/><link href="/assets/manarat.css?v=12ab"/><p>لا</p></form>"#
        // act
        let normalized = [first, sameButTokens, changedWord].map(Snapshot.normalized)
        // assert
        #expect(normalized[0] == normalized[1])
        #expect(normalized[0] != normalized[2])
    }
}
