import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Runs `body` with a local gateway, and stops it afterwards.
public func withLocalGateway(failFirst: Int = 0, _ body: (LocalGateway) async throws -> Void) async throws {
    let gateway = try await LocalGateway.start(failFirst: failFirst)
    do {
        try await body(gateway)
    } catch {
        await gateway.shutdown()
        throw error
    }
    await gateway.shutdown()
}
