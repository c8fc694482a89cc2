/// The settings the request workflow reads, by their stored names.
public enum RequestSettingKey {
    /// The working days the association takes to answer a request.
    public static let responseWorkingDays = "response_working_days"
    /// The committee members a decision needs.
    public static let committeeQuorum = "committee_quorum"
    /// The working days staff take to answer an inquiry.
    public static let inquiryAnswerDays = "inquiry_answer_working_days"
    /// The quorum when none is set.
    public static let defaultQuorum = 3
}
