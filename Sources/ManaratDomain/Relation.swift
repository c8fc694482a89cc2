import Foundation

/// A household member's relation to the head of household (صلة القرابة).
public enum Relation: String, CaseIterable, Codable, Sendable {
    case spouse, son, daughter, father, mother, brother, sister, other
}
