import ManaratDomain

/// Sends a one-time code to the mobile on a beneficiary's file, as a closure so that the service
/// can be given the real notifier (the outbox, then the gateway) or a test's recorder.
struct PortalCodeSender: Sendable {
    /// Sends `code` to `beneficiary` at `mobile`.
    var send: @Sendable (_ beneficiary: Beneficiary, _ code: String, _ mobile: String) async throws -> Void
}
