import Foundation
import ManaratPersistence
import NIOCore
import NIOPosix
import Vapor

/// A command that failed with a message for the operator, and a non-zero exit.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String

    var description: String { message }
}
