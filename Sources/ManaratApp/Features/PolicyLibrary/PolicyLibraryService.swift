import Foundation
import ManaratDomain
import ManaratPersistence

/// Publishing library documents and recording who read them, given the store, the clock and the
/// ids; it holds no request.
struct PolicyLibraryService: Sendable {
    let store: any PolicyStore
    let clock: WallClock

    /// Publishes `draft` as the version `id` of `kind`, its file kept: it is in force from now on.
    @discardableResult
    func publish(_ draft: PolicyDraft, of kind: PolicyDocumentKind, as id: UUID) async throws -> PolicyVersion {
        let now = clock.now()
        var version = PolicyVersion(
            id: id, kind: kind, label: draft.label, decisionNumber: draft.decisionNumber,
            approvedOn: draft.approvedOn, approvingBody: draft.approvingBody, textArabic: draft.textArabic,
            textEnglish: draft.textEnglish, fileSHA256: nil, publishedAt: now, isCurrent: true)
        if let file = draft.file {
            version.fileSHA256 = try await store.keepFile(file.bytes, mimeType: file.format.mimeType, at: now)
        }
        try await store.publish(version)
        return version
    }

    /// Records that `staffID` read version `versionID`.
    func acknowledge(_ versionID: UUID, by staffID: UUID) async throws {
        _ = try await store.acknowledge(versionID: versionID, staffID: staffID, at: clock.now())
    }
}
