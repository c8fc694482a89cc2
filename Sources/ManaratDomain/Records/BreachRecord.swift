import Foundation

/// A personal-data breach as the register keeps it.
public struct BreachRecord: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// "BR-1444-0001": the Hijri year of its discovery and a running number.
    public var reference: String
    /// A short title.
    public var title: String
    /// What happened and how it was found.
    public var description: String
    /// When the association became aware of it: the 72 hours run from here.
    public var discoveredAt: Date
    /// Which records were touched (kinds and where).
    public var recordsAffected: String
    /// How many people are affected, as far as known.
    public var peopleAffected: Int
    /// What was done to contain it and to keep it from happening again.
    public var measures: String
    /// When the regulator was told, if it was.
    public var regulatorNotifiedAt: Date?
    /// The regulator's reference for the notice.
    public var regulatorReference: String
    /// When the people affected were told, if they were.
    public var subjectsNotifiedAt: Date?
    /// The admin who recorded it.
    public var recordedBy: UUID
    /// When it was recorded.
    public var createdAt: Date

    /// Creates a record.
    public init(
        id: UUID, reference: String, title: String, description: String, discoveredAt: Date, recordsAffected: String,
        peopleAffected: Int, measures: String, regulatorNotifiedAt: Date?, regulatorReference: String,
        subjectsNotifiedAt: Date?, recordedBy: UUID, createdAt: Date
    ) {
        self.id = id
        self.reference = reference
        self.title = title
        self.description = description
        self.discoveredAt = discoveredAt
        self.recordsAffected = recordsAffected
        self.peopleAffected = peopleAffected
        self.measures = measures
        self.regulatorNotifiedAt = regulatorNotifiedAt
        self.regulatorReference = regulatorReference
        self.subjectsNotifiedAt = subjectsNotifiedAt
        self.recordedBy = recordedBy
        self.createdAt = createdAt
    }
}
