import ManaratDomain
import ManaratPersistence

extension Strings {
    /// The event's name, as the outbox and the template editor show it.
    func notificationEvent(_ event: NotificationEvent) -> String {
        switch event {
        case .oneTimeCode: return self[.eventOneTimeCode]
        case .requestReceived: return self[.eventRequestReceived]
        case .documentsMissing: return self[.eventDocumentsMissing]
        case .referredToResearch: return self[.eventReferredToResearch]
        case .visitScheduled: return self[.eventVisitScheduled]
        case .atCommittee: return self[.eventAtCommittee]
        case .requestApproved: return self[.eventRequestApproved]
        case .requestRejected: return self[.eventRequestRejected]
        case .serviceDelivered: return self[.eventServiceDelivered]
        case .inquiryAnswered: return self[.eventInquiryAnswered]
        case .identityExpiring: return self[.eventIdentityExpiring]
        case .documentExpiring: return self[.eventDocumentExpiring]
        case .instalmentDue: return self[.eventInstalmentDue]
        case .requestDueSoon: return self[.eventRequestDueSoon]
        case .requestOverdue: return self[.eventRequestOverdue]
        case .gatewayTest: return self[.eventGatewayTest]
        case .feedbackClosed: return self[.eventFeedbackClosed]
        case .complaintEscalated: return self[.eventComplaintEscalated]
        case .surveyInvitation: return self[.eventSurveyInvitation]
        case .surveyReminder: return self[.eventSurveyReminder]
        }
    }

    /// The channel's name.
    func notificationChannel(_ channel: NotificationChannel) -> String {
        switch channel {
        case .portal: return self[.channelNamePortal]
        case .sms: return self[.channelNameSms]
        case .email: return self[.channelNameEmail]
        case .whatsapp: return self[.channelNameWhatsapp]
        }
    }

    /// Where a message stands.
    func outboxStatus(_ status: OutboxStatus) -> String {
        switch status {
        case .pending: return self[.outboxStatusPending]
        case .sending: return self[.outboxStatusSending]
        case .sent: return self[.outboxStatusSent]
        case .failed: return self[.outboxStatusFailed]
        }
    }

    /// A language's name in the interface language.
    func languageName(_ language: Language) -> String {
        language == .arabic ? self[.languageNameArabic] : self[.languageNameEnglish]
    }
}

extension Strings {
    /// What a survey follows.
    func surveyScope(_ scope: SurveyScope) -> String {
        switch scope {
        case .service(.cash): return self[.surveyScopeCash]
        case .service(.inKind): return self[.surveyScopeInKind]
        case .service(.referral): return self[.surveyScopeReferral]
        case .inquiry: return self[.surveyScopeInquiry]
        }
    }

    /// The channel a surveyed request or inquiry came by, or the branch tablet.
    func surveyChannel(_ code: String) -> String {
        if code == "branch" { return self[.surveyChannelBranch] }
        if code == "portal" { return self[.surveyChannelPortal] }
        return ContactChannel(rawValue: code).map(channel) ?? code
    }
}
