import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// A refusal tied to one form field, with its catalog message.
struct FieldRefusal: Error {
    let field: String
    let key: Key
}
