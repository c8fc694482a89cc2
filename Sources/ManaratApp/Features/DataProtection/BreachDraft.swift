import Foundation

/// A breach as recorded, checked.
struct BreachDraft: Sendable, Equatable {
    var title: String
    var description: String
    var discoveredAt: Date
    var recordsAffected: String
    var peopleAffected: Int
    var measures: String
}
