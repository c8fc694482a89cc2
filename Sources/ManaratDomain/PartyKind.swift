import Foundation

/// Which kind of party a record belongs to.
public enum PartyKind: String, CaseIterable, Codable, Sendable { case beneficiary, supporter, volunteer }
