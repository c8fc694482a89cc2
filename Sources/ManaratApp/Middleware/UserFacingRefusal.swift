import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// A refusal whose message is already written for the person, in their language.
struct UserFacingRefusal: Error {
    let status: HTTPResponseStatus
    let message: String
}
