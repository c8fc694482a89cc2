import Foundation
import ManaratDomain

extension Strings {
    func requestStatus(_ status: RequestStatus) -> String {
        switch status {
        case .draft: return self[.statusDraft]
        case .submitted: return self[.statusSubmitted]
        case .incomplete: return self[.statusIncomplete]
        case .registered: return self[.statusRegistered]
        case .inResearch: return self[.statusInResearch]
        case .atCommittee: return self[.statusAtCommittee]
        case .approved: return self[.statusApproved]
        case .rejected: return self[.statusRejected]
        case .deferred: return self[.statusDeferred]
        case .inDelivery: return self[.statusInDelivery]
        case .completed: return self[.statusCompleted]
        case .withdrawn: return self[.statusWithdrawn]
        }
    }

    /// A history entry's name: a state machine event or one of the page's own steps.
    func requestEvent(_ event: RequestTimelineEvent) -> String {
        switch event {
        case .moved(let move):
            switch move {
            case .submit: return self[.eventSubmit]
            case .markIncomplete: return self[.eventMarkIncomplete]
            case .completeRegistration: return self[.eventCompleteRegistration]
            case .referToResearch: return self[.eventReferToResearch]
            case .sendToCommittee: return self[.eventSendToCommittee]
            case .approve: return self[.eventApprove]
            case .reject: return self[.eventReject]
            case .defer_: return self[.eventDefer]
            case .returnToCommittee: return self[.eventReturnToCommittee]
            case .startDelivery: return self[.eventStartDelivery]
            case .completeDelivery: return self[.eventCompleteDelivery]
            case .withdraw: return self[.eventWithdraw]
            }
        case .recorded(let step):
            switch step {
            case .create: return self[.eventCreate]
            case .document: return self[.eventDocument]
            case .attest: return self[.eventAttest]
            case .research: return self[.eventResearch]
            case .delivered: return self[.eventDelivered]
            case .edit: return self[.eventEdit]
            case .visitScheduled: return self[.eventVisit]
            }
        }
    }

    /// A history note: codes stored in the timeline (a document kind, a channel, a kind of research)
    /// are shown in words; anything a person typed is shown as typed.
    func historyNote(_ note: String) -> String {
        if let kind = DocumentKind(rawValue: note) { return documentKind(kind) }
        if let channel = ContactChannel(rawValue: note) { return self.channel(channel) }
        if let kind = ResearchReport.Kind(rawValue: note) { return researchKind(kind) }
        return note
    }

    /// A number of days, by the language's plural rules (`PluralCategory`): "يوم واحد", "يومين",
    /// "٣ أيام", "١١ يومًا", "١٠٠ يوم", "١٠٣ أيام"; "1 day", "3 days".
    func days(_ count: Int) -> String {
        self.count(count, of: .days)
    }

    func documentKind(_ kind: DocumentKind) -> String {
        switch kind {
        case .identityCopy: return self[.docIdentityCopy]
        case .familyRecord: return self[.docFamilyRecord]
        case .salaryCertificate: return self[.docSalaryCertificate]
        case .lease: return self[.docLease]
        case .medicalReport: return self[.docMedicalReport]
        case .ibanLetter: return self[.docIbanLetter]
        case .signedAttestation: return self[.docSignedAttestation]
        case .researchPhoto: return self[.docResearchPhoto]
        case .other: return self[.docOther]
        }
    }

    /// What keeps a request from registration, in plain words for staff and the applicant.
    func intakeProblem(_ problem: IntakeProblem, type: RequestType, language: Language) -> String {
        switch problem {
        case .missingField(let key):
            return format(
                .problemMissingField, ["field": type.requiredFields.first { $0.key == key }?.label(in: language) ?? key]
            )
        case .missingDocument(let kind): return format(.problemMissingDocument, ["document": documentKind(kind)])
        case .documentExpired(let kind, let day):
            return format(
                .problemDocumentExpired,
                ["document": documentKind(kind), "date": DateText(strings: self, timeZone: .current).dual(day)])
        case .documentNotYetIssued(let kind): return format(.problemNotYetIssued, ["document": documentKind(kind)])
        case .documentExpiryMissing(let kind): return format(.problemExpiryMissing, ["document": documentKind(kind)])
        case .identityMismatch: return self[.problemIdentityMismatch]
        case .identityNotMatched: return self[.problemIdentityNotMatched]
        }
    }

    func researchKind(_ kind: ResearchReport.Kind) -> String {
        kind == .homeVisit ? self[.researchHomeVisit] : self[.researchOfficeAssessment]
    }

    func serviceKind(_ kind: ServiceKind) -> String {
        switch kind {
        case .cash: return self[.supportCash]
        case .inKind: return self[.supportInKind]
        case .referral: return self[.serviceReferral]
        }
    }

    func paymentMethod(_ method: PaymentMethod) -> String {
        switch method {
        case .bankTransfer: return self[.methodBankTransfer]
        case .cheque: return self[.methodCheque]
        case .card: return self[.methodCard]
        }
    }

    func committeeOutcome(_ outcome: CommitteeOutcome) -> String {
        switch outcome {
        case .approved: return self[.statusApproved]
        case .rejected: return self[.statusRejected]
        case .deferred: return self[.statusDeferred]
        case .noQuorum: return self[.outcomeNoQuorum]
        }
    }

    func vote(_ vote: Vote) -> String {
        switch vote {
        case .approve: return self[.voteApprove]
        case .reject: return self[.voteReject]
        case .defer_: return self[.voteDefer]
        }
    }

    func rejectionReason(_ reason: RejectionReason) -> String {
        switch reason {
        case .notEligible: return self[.reasonNotEligible]
        case .incompleteDocuments: return self[.reasonIncompleteDocuments]
        case .incomeAboveThreshold: return self[.reasonIncomeAboveThreshold]
        case .duplicateSupport: return self[.reasonDuplicateSupport]
        case .outsideServiceArea: return self[.reasonOutsideServiceArea]
        case .falseInformation: return self[.reasonFalseInformation]
        case .other: return self[.reasonOther]
        }
    }
}

extension Strings {
    /// The name of a kind of record in the retention schedule.
    func retentionKind(_ kind: RetentionKind) -> String {
        switch kind {
        case .closedRequests: return self[.retentionKind_closedRequests]
        case .serviceRecords: return self[.retentionKind_serviceRecords]
        case .inquiries: return self[.retentionKind_inquiries]
        case .feedback: return self[.retentionKind_feedback]
        case .signInCodes: return self[.retentionKind_signInCodes]
        case .submissionKeys: return self[.retentionKind_submissionKeys]
        }
    }

    /// What happens to a kind of record when its period ends.
    func retentionAction(_ kind: RetentionKind) -> String {
        switch kind {
        case .closedRequests: return self[.retentionAction_closedRequests]
        case .serviceRecords: return self[.retentionAction_serviceRecords]
        case .inquiries: return self[.retentionAction_inquiries]
        case .feedback: return self[.retentionAction_feedback]
        case .signInCodes: return self[.retentionAction_signInCodes]
        case .submissionKeys: return self[.retentionAction_submissionKeys]
        }
    }
}
