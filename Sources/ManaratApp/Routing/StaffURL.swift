import Foundation
import ManaratDomain
import Vapor

/// The staff desk.
public enum StaffURL: SiteURL, Equatable {
    case signIn
    case signOut
    case home
    case password
    case staffList
    case staffNew
    case staffEdit(UUID)
    case staffResetPassword(UUID)
    case branchList
    case branchNew
    case branchEdit(UUID)
    case audit
    case beneficiaries
    case beneficiaryNew
    case beneficiary(UUID)
    case beneficiaryEdit(UUID)
    case beneficiaryHousehold(UUID)
    case beneficiaryMemberNew(UUID)
    case beneficiaryMemberRemove(UUID, UUID)
    case beneficiaryAssessment(UUID)
    case beneficiaryContact(UUID)
    case beneficiaryDuplicate(UUID)
    case followUpDone(UUID)
    case categories
    case categoryNew
    case categoryEdit(UUID)
    case needsWeights
    case supporters
    case supporterNew
    case supporter(UUID)
    case supporterEdit(UUID)
    case supporterEntry(UUID)
    case supporterContact(UUID)
    case volunteers
    case volunteerNew
    case volunteer(UUID)
    case volunteerStatus(UUID)
    case volunteerAssignment(UUID)
    case volunteerHours(UUID)
    case volunteerContact(UUID)
    case requests
    case requestNew(UUID)
    case request(UUID)
    case requestDocuments(UUID)
    case requestAttest(UUID)
    case requestSubmit(UUID)
    case requestRefer(UUID)
    case requestResearch(UUID)
    case requestToCommittee(UUID)
    case requestWithdraw(UUID)
    case requestEdit(UUID)
    case requestVisit(UUID)
    case requestDeliveries(UUID)
    case requestDelivered(UUID, UUID)
    case requestComplete(UUID)
    case document(UUID)
    case committee
    case meetingNew
    case meeting(UUID)
    case meetingVote(UUID)
    case meetingDecide(UUID)
    case meetingMinutes(UUID)
    case requestTypes
    case requestTypeNew
    case requestTypeEdit(UUID)
    case holidays
    case holidayRemove
    case requestSettings
    case declarations
    case declarationWithdraw(UUID)
    case conflicts
    case messages
    case outbox
    case surveys
    case surveyEdit(String)
    case surveyResults
    case mySatisfaction
    case requestSurveyAtBranch(UUID)
    case outboxResend(UUID)
    case templates
    case templateEdit(NotificationEvent, NotificationChannel, ManaratDomain.Language)
    case library
    case libraryVersion(UUID)
    case libraryFile(UUID)
    case libraryAcknowledge(UUID)
    case libraryPublish(PolicyDocumentKind)
    case dataRequests
    case dataRequestAnswer(UUID)
    case dataRequestExtend(UUID)
    case breaches
    case retention
    case legalHolds
    case legalHoldRelease(UUID)
    case breachRegulatorNotified(UUID)
    case breachSubjectsNotified(UUID)
    case inquiries
    case inquiryNew(UUID)
    case inquiry(UUID)
    case inquiryAttachment(UUID)
    case inquiryAnswer(UUID)
    case inquiryRefer(UUID)
    case inquiryAssign(UUID)
    case inquiryConvert(UUID)
    case householdProposalDecide(UUID)
    case dashboard
    case dashboardExport
    case knowledgeBase
    case articleNew
    case article(UUID)
    case articleEdit(UUID)
    case feedbackList
    case feedbackNew
    case feedbackItem(UUID)
    case feedbackAssign(UUID)
    case feedbackNote(UUID)
    case feedbackClose(UUID)

    private static func id(_ name: RouteParameter, _ value: UUID) -> Segment {
        .parameter(name: name, value: value.uuidString.lowercased())
    }

    /// See `SiteURL`.
    public var segments: [Segment] {
        let staff = Segment.literal("staff")
        switch self {
        case .beneficiaries: return [staff, .literal("beneficiaries")]
        case .beneficiaryNew: return [staff, .literal("beneficiaries"), .literal("new")]
        case .beneficiary(let id): return [staff, .literal("beneficiaries"), Self.id(.beneficiaryID, id)]
        case .beneficiaryEdit(let id):
            return [staff, .literal("beneficiaries"), Self.id(.beneficiaryID, id), .literal("edit")]
        case .beneficiaryHousehold(let id):
            return [staff, .literal("beneficiaries"), Self.id(.beneficiaryID, id), .literal("household")]
        case .beneficiaryMemberNew(let id):
            return [
                staff, .literal("beneficiaries"), Self.id(.beneficiaryID, id), .literal("household"),
                .literal("members"),
            ]
        case .beneficiaryMemberRemove(let id, let member):
            return [
                staff, .literal("beneficiaries"), Self.id(.beneficiaryID, id), .literal("household"),
                .literal("members"), Self.id(.memberID, member), .literal("remove"),
            ]
        case .beneficiaryAssessment(let id):
            return [staff, .literal("beneficiaries"), Self.id(.beneficiaryID, id), .literal("assessment")]
        case .beneficiaryContact(let id):
            return [staff, .literal("beneficiaries"), Self.id(.beneficiaryID, id), .literal("contacts")]
        case .beneficiaryDuplicate(let id):
            return [staff, .literal("beneficiaries"), Self.id(.beneficiaryID, id), .literal("duplicates")]
        case .followUpDone(let id): return [staff, .literal("follow-ups"), Self.id(.contactID, id), .literal("done")]
        case .categories: return [staff, .literal("admin"), .literal("categories")]
        case .categoryNew: return [staff, .literal("admin"), .literal("categories"), .literal("new")]
        case .categoryEdit(let id):
            return [staff, .literal("admin"), .literal("categories"), Self.id(.categoryID, id), .literal("edit")]
        case .needsWeights: return [staff, .literal("admin"), .literal("needs-weights")]
        case .supporters: return [staff, .literal("supporters")]
        case .supporterNew: return [staff, .literal("supporters"), .literal("new")]
        case .supporter(let id): return [staff, .literal("supporters"), Self.id(.supporterID, id)]
        case .supporterEdit(let id):
            return [staff, .literal("supporters"), Self.id(.supporterID, id), .literal("edit")]
        case .supporterEntry(let id):
            return [staff, .literal("supporters"), Self.id(.supporterID, id), .literal("support")]
        case .supporterContact(let id):
            return [staff, .literal("supporters"), Self.id(.supporterID, id), .literal("contacts")]
        case .volunteers: return [staff, .literal("volunteers")]
        case .volunteerNew: return [staff, .literal("volunteers"), .literal("new")]
        case .volunteer(let id): return [staff, .literal("volunteers"), Self.id(.volunteerID, id)]
        case .volunteerStatus(let id):
            return [staff, .literal("volunteers"), Self.id(.volunteerID, id), .literal("status")]
        case .volunteerAssignment(let id):
            return [staff, .literal("volunteers"), Self.id(.volunteerID, id), .literal("assignments")]
        case .volunteerHours(let id):
            return [staff, .literal("volunteers"), Self.id(.volunteerID, id), .literal("hours")]
        case .volunteerContact(let id):
            return [staff, .literal("volunteers"), Self.id(.volunteerID, id), .literal("contacts")]
        case .requests: return [staff, .literal("requests")]
        case .requestNew(let beneficiary):
            return [
                staff, .literal("beneficiaries"), Self.id(.beneficiaryID, beneficiary), .literal("requests"),
                .literal("new"),
            ]
        case .request(let id): return [staff, .literal("requests"), Self.id(.requestID, id)]
        case .requestDocuments(let id):
            return [staff, .literal("requests"), Self.id(.requestID, id), .literal("documents")]
        case .requestAttest(let id):
            return [staff, .literal("requests"), Self.id(.requestID, id), .literal("attestation")]
        case .requestSubmit(let id): return [staff, .literal("requests"), Self.id(.requestID, id), .literal("submit")]
        case .requestRefer(let id): return [staff, .literal("requests"), Self.id(.requestID, id), .literal("referral")]
        case .requestResearch(let id):
            return [staff, .literal("requests"), Self.id(.requestID, id), .literal("research")]
        case .requestVisit(let id): return [staff, .literal("requests"), Self.id(.requestID, id), .literal("visit")]
        case .requestToCommittee(let id):
            return [staff, .literal("requests"), Self.id(.requestID, id), .literal("to-committee")]
        case .requestWithdraw(let id):
            return [staff, .literal("requests"), Self.id(.requestID, id), .literal("withdraw")]
        case .requestEdit(let id): return [staff, .literal("requests"), Self.id(.requestID, id), .literal("edit")]
        case .requestDeliveries(let id):
            return [staff, .literal("requests"), Self.id(.requestID, id), .literal("deliveries")]
        case .requestDelivered(let id, let delivery):
            return [
                staff, .literal("requests"), Self.id(.requestID, id), .literal("deliveries"),
                Self.id(.deliveryID, delivery), .literal("delivered"),
            ]
        case .requestComplete(let id):
            return [staff, .literal("requests"), Self.id(.requestID, id), .literal("complete")]
        case .document(let id): return [staff, .literal("documents"), Self.id(.documentID, id)]
        case .committee: return [staff, .literal("committee")]
        case .meetingNew: return [staff, .literal("committee"), .literal("meetings"), .literal("new")]
        case .meeting(let id): return [staff, .literal("committee"), .literal("meetings"), Self.id(.meetingID, id)]
        case .meetingVote(let id):
            return [staff, .literal("committee"), .literal("meetings"), Self.id(.meetingID, id), .literal("votes")]
        case .meetingDecide(let id):
            return [staff, .literal("committee"), .literal("meetings"), Self.id(.meetingID, id), .literal("decisions")]
        case .meetingMinutes(let id):
            return [staff, .literal("committee"), .literal("meetings"), Self.id(.meetingID, id), .literal("minutes")]
        case .requestTypes: return [staff, .literal("admin"), .literal("request-types")]
        case .requestTypeNew: return [staff, .literal("admin"), .literal("request-types"), .literal("new")]
        case .requestTypeEdit(let id):
            return [staff, .literal("admin"), .literal("request-types"), Self.id(.typeID, id), .literal("edit")]
        case .holidays: return [staff, .literal("admin"), .literal("holidays")]
        case .holidayRemove: return [staff, .literal("admin"), .literal("holidays"), .literal("remove")]
        case .requestSettings: return [staff, .literal("admin"), .literal("request-settings")]
        case .declarations: return [staff, .literal("account"), .literal("declarations")]
        case .declarationWithdraw(let id):
            return [
                staff, .literal("account"), .literal("declarations"), Self.id(.declarationID, id), .literal("withdraw"),
            ]
        case .conflicts: return [staff, .literal("admin"), .literal("conflicts")]
        case .messages: return [staff, .literal("admin"), .literal("messages")]
        case .outbox: return [staff, .literal("admin"), .literal("outbox")]
        case .surveys: return [staff, .literal("admin"), .literal("surveys")]
        case .surveyEdit(let scope):
            return [staff, .literal("admin"), .literal("surveys"), .parameter(name: .scope, value: scope)]
        case .surveyResults: return [staff, .literal("satisfaction")]
        case .mySatisfaction: return [staff, .literal("account"), .literal("satisfaction")]
        case .requestSurveyAtBranch(let id):
            return [staff, .literal("requests"), Self.id(.requestID, id), .literal("survey-at-branch")]
        case .outboxResend(let id):
            return [staff, .literal("admin"), .literal("outbox"), Self.id(.notificationID, id), .literal("resend")]
        case .templates: return [staff, .literal("admin"), .literal("templates")]
        case .templateEdit(let event, let channel, let language):
            return [
                staff, .literal("admin"), .literal("templates"), .parameter(name: .event, value: event.rawValue),
                .parameter(name: .channel, value: channel.rawValue),
                .parameter(name: .language, value: language.rawValue),
            ]
        case .library: return [staff, .literal("library")]
        case .libraryVersion(let id): return [staff, .literal("library"), Self.id(.versionID, id)]
        case .libraryFile(let id): return [staff, .literal("library"), Self.id(.versionID, id), .literal("file")]
        case .libraryAcknowledge(let id):
            return [staff, .literal("library"), Self.id(.versionID, id), .literal("acknowledge")]
        case .libraryPublish(let kind):
            return [
                staff, .literal("admin"), .literal("library"), .parameter(name: .kind, value: kind.rawValue),
                .literal("publish"),
            ]
        case .dataRequests: return [staff, .literal("data-requests")]
        case .inquiries: return [staff, .literal("inquiries")]
        case .inquiryNew(let beneficiary):
            return [
                staff, .literal("beneficiaries"), Self.id(.beneficiaryID, beneficiary), .literal("inquiries"),
                .literal("new"),
            ]
        case .inquiry(let id): return [staff, .literal("inquiries"), Self.id(.inquiryID, id)]
        case .inquiryAttachment(let id):
            return [staff, .literal("inquiries"), Self.id(.inquiryID, id), .literal("attachment")]
        case .inquiryAnswer(let id): return [staff, .literal("inquiries"), Self.id(.inquiryID, id), .literal("answer")]
        case .inquiryRefer(let id):
            return [staff, .literal("inquiries"), Self.id(.inquiryID, id), .literal("referral")]
        case .inquiryAssign(let id):
            return [staff, .literal("inquiries"), Self.id(.inquiryID, id), .literal("assignment")]
        case .inquiryConvert(let id):
            return [staff, .literal("inquiries"), Self.id(.inquiryID, id), .literal("convert")]
        case .dashboard: return [staff, .literal("dashboard")]
        case .knowledgeBase: return [staff, .literal("knowledge-base")]
        case .articleNew: return [staff, .literal("knowledge-base"), .literal("new")]
        case .article(let id): return [staff, .literal("knowledge-base"), Self.id(.articleID, id)]
        case .articleEdit(let id):
            return [staff, .literal("knowledge-base"), Self.id(.articleID, id), .literal("edit")]
        case .dashboardExport: return [staff, .literal("dashboard"), .literal("export.csv")]
        case .householdProposalDecide(let id):
            return [staff, .literal("household-proposals"), Self.id(.proposalID, id), .literal("decision")]
        case .feedbackList: return [staff, .literal("feedback")]
        case .feedbackNew: return [staff, .literal("feedback"), .literal("new")]
        case .feedbackItem(let id): return [staff, .literal("feedback"), Self.id(.feedbackID, id)]
        case .feedbackAssign(let id):
            return [staff, .literal("feedback"), Self.id(.feedbackID, id), .literal("assign")]
        case .feedbackNote(let id): return [staff, .literal("feedback"), Self.id(.feedbackID, id), .literal("notes")]
        case .feedbackClose(let id): return [staff, .literal("feedback"), Self.id(.feedbackID, id), .literal("close")]
        case .dataRequestAnswer(let id):
            return [staff, .literal("data-requests"), Self.id(.dataRequestID, id), .literal("answer")]
        case .dataRequestExtend(let id):
            return [staff, .literal("data-requests"), Self.id(.dataRequestID, id), .literal("extend")]
        case .breaches: return [staff, .literal("admin"), .literal("breaches")]
        case .retention: return [staff, .literal("admin"), .literal("retention")]
        case .legalHolds: return [staff, .literal("admin"), .literal("retention"), .literal("holds")]
        case .legalHoldRelease(let id):
            return [
                staff, .literal("admin"), .literal("retention"), .literal("holds"), Self.id(.beneficiaryID, id),
                .literal("release"),
            ]
        case .breachRegulatorNotified(let id):
            return [
                staff, .literal("admin"), .literal("breaches"), Self.id(.breachID, id), .literal("regulator-notified"),
            ]
        case .breachSubjectsNotified(let id):
            return [
                staff, .literal("admin"), .literal("breaches"), Self.id(.breachID, id), .literal("subjects-notified"),
            ]
        case .signIn: return [.literal("staff"), .literal("sign-in")]
        case .signOut: return [.literal("staff"), .literal("sign-out")]
        case .home: return [.literal("staff")]
        case .password: return [.literal("staff"), .literal("account"), .literal("password")]
        case .staffList: return [.literal("staff"), .literal("admin"), .literal("staff")]
        case .staffNew: return [.literal("staff"), .literal("admin"), .literal("staff"), .literal("new")]
        case .staffEdit(let id):
            return [
                .literal("staff"), .literal("admin"), .literal("staff"),
                .parameter(name: .staffID, value: id.uuidString.lowercased()), .literal("edit"),
            ]
        case .staffResetPassword(let id):
            return [
                .literal("staff"), .literal("admin"), .literal("staff"),
                .parameter(name: .staffID, value: id.uuidString.lowercased()), .literal("reset-password"),
            ]
        case .branchList: return [.literal("staff"), .literal("admin"), .literal("branches")]
        case .branchNew: return [.literal("staff"), .literal("admin"), .literal("branches"), .literal("new")]
        case .branchEdit(let id):
            return [
                .literal("staff"), .literal("admin"), .literal("branches"),
                .parameter(name: .branchID, value: id.uuidString.lowercased()), .literal("edit"),
            ]
        case .audit: return [.literal("staff"), .literal("audit")]
        }
    }
}
