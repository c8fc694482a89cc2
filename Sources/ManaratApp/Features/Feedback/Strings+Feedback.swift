import ManaratDomain

extension Strings {
    /// "Complaint" or "Suggestion"; the portal's home lists a beneficiary's items with it too.
    func feedbackKind(_ kind: FeedbackKind) -> String { kind == .complaint ? self[.complaint] : self[.suggestion] }

    /// Where an item stands; the portal's home lists a beneficiary's items with it too.
    func feedbackStatus(_ status: FeedbackStatus) -> String {
        switch status {
        case .open: return self[.inquiryStatusOpen]
        case .inProgress: return self[.feedbackInProgress]
        case .closed: return self[.feedbackClosed]
        }
    }
}
