import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// A table joined to `support_requests` by primary key (a left join: a missing row reads as nulls),
/// its columns selected as `alias_column`.
struct RequestJoin: Sendable {
    let table: String
    let alias: String
    let on: String
    let columns: [String]
}
