import Foundation

/// Every value a route's path carries, named once: `SiteURL` registers and fills these, handlers
/// read them typed (`Request.parameter(_:as:)`), and the branch check resolves the ones that name
/// a beneficiary's record (`AccessMiddleware.scopedParameters`). The raw value is the name Vapor
/// registers, so a case is a route's contract and never renamed.
public enum RouteParameter: String, CaseIterable, Sendable {
    /// A portal record of the signed-in beneficiary (a request, an inquiry, a complaint, a type).
    case id
    /// A survey invitation's one-tap token.
    case token
    /// A survey's scope code.
    case scope
    /// A notification event, channel and language: one template.
    case event, channel, language
    /// A kind of policy document.
    case kind
    /// A record, by its id.
    case articleID, beneficiaryID, branchID, breachID, categoryID, contactID, dataRequestID, declarationID
    /// A record, by its id.
    case deliveryID, documentID, feedbackID, inquiryID, meetingID, memberID, notificationID, proposalID
    /// A record, by its id.
    case requestID, staffID, supporterID, typeID, versionID, volunteerID
}
