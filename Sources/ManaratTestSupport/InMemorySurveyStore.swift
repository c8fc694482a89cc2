import Foundation
import ManaratDomain
import ManaratPersistence

/// `SurveyStore` in memory, for service tests that need no database. It keeps the rules the
/// database keeps: one active survey per scope, and an invitation answered once.
public actor InMemorySurveyStore: SurveyStore {
    /// The surveys, in the order they were first saved.
    public private(set) var allSurveys: [Survey] = []
    /// The invitations, in the order they were sent.
    public private(set) var allInvitations: [SurveyInvitation] = []
    /// The answers, by invitation.
    public private(set) var answers: [UUID: SurveyAnswer] = [:]
    /// How each invitation was answered ("link" or "branch"), by invitation.
    public private(set) var answeredVia: [UUID: String] = [:]
    /// The invitations' token hashes, by invitation.
    private let tokenHashes: [UUID: String]
    private let allBranches: [Branch]
    private let staff: [StaffMember]
    private let requests: [SupportRequest]
    private let beneficiaries: [Beneficiary]

    /// A store holding `surveys` and `invitations` (with the hash of each one's token, by
    /// invitation), that knows `branches`, `staff`, `requests` and `beneficiaries`.
    public init(
        surveys: [Survey] = [], invitations: [SurveyInvitation] = [], tokenHashes: [UUID: String] = [:],
        branches: [Branch] = [], staff: [StaffMember] = [], requests: [SupportRequest] = [],
        beneficiaries: [Beneficiary] = []
    ) {
        allSurveys = surveys
        allInvitations = invitations
        self.tokenHashes = tokenHashes
        allBranches = branches
        self.staff = staff
        self.requests = requests
        self.beneficiaries = beneficiaries
    }

    public func surveys() async throws -> [Survey] { allSurveys.sorted { $0.scope.code < $1.scope.code } }

    public func activeSurvey(for scope: SurveyScope) async throws -> Survey? {
        allSurveys.last { $0.scope == scope && $0.isActive }
    }

    public func save(_ survey: Survey, at now: Date) async throws {
        if survey.isActive {
            for index in allSurveys.indices where allSurveys[index].scope == survey.scope {
                allSurveys[index].isActive = false
            }
        }
        allSurveys.removeAll { $0.id == survey.id }
        allSurveys.append(survey)
    }

    public func invitation(tokenHash: String) async throws -> SurveyInvitation? {
        allInvitations.first { tokenHashes[$0.id] == tokenHash }
    }

    public func invitations(subjectID: UUID) async throws -> [SurveyInvitation] {
        allInvitations.filter { $0.subjectID == subjectID }.sorted { $0.createdAt > $1.createdAt }
    }

    public func answer(invitationID: UUID, surveyID: UUID?, answer: SurveyAnswer, via: String, at now: Date)
        async throws -> Bool
    {
        guard let index = allInvitations.firstIndex(where: { $0.id == invitationID && $0.answeredAt == nil }) else {
            return false
        }
        allInvitations[index].answeredAt = now
        answers[invitationID] = answer
        answeredVia[invitationID] = via
        return true
    }

    public func outcomes(from: Date, until: Date, branchID: UUID?, staffID: UUID?) async throws -> [SurveyOutcome] {
        allInvitations.filter { invitation in
            invitation.createdAt >= from && invitation.createdAt < until
                && (branchID == nil || invitation.branchID == branchID)
                && (staffID == nil || invitation.staffID == staffID)
        }.map { invitation in
            let answer = answers[invitation.id]
            return SurveyOutcome(
                scope: invitation.scope, branchID: invitation.branchID, channel: invitation.channel,
                createdAt: invitation.createdAt, rating: answer?.rating, comment: answer?.comment ?? "")
        }
    }

    public func branches() async throws -> [Branch] { allBranches }

    public func staffMember(id: UUID) async throws -> StaffMember? { staff.first { $0.id == id } }

    public func supportRequest(id: UUID) async throws -> SupportRequest? { requests.first { $0.id == id } }

    public func beneficiary(id: UUID) async throws -> Beneficiary? { beneficiaries.first { $0.id == id } }
}
