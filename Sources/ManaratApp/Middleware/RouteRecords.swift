import ManaratDomain
import ManaratPersistence
import Vapor

/// Which route parameters name a beneficiary's record, for the branch check before a staff route
/// (`AccessMiddleware.withinBranch`); a test walks the route table against these two lists.
public enum RouteRecords {
    /// The parameters the branch check resolves to a branch.
    public static var scoped: Set<String> { Set(AccessMiddleware.scopedParameters.map(\.0.rawValue)) }

    /// The parameters that name no beneficiary's record: types, settings, the association's own
    /// records, or a part of a record another parameter of the same route names (`memberID`).
    public static let unscoped: Set<String> = Set(
        [
            RouteParameter.typeID, .categoryID, .meetingID, .articleID, .versionID, .supporterID, .volunteerID,
            .breachID, .declarationID, .notificationID, .memberID, .scope, .event, .channel, .language, .kind,
        ].map(\.rawValue)
    )
}
