import Fluent

/// Every migration, in order. Append new ones; never edit or reorder one that has landed.
public enum ManaratMigrations {
    /// The ordered list registered with Fluent; those that seal data use `protection`.
    public static func all(protection: DataProtection) -> [any Migration] {
        [
            M0001_CreateBranches(),
            M0002_CreateStaff(),
            M0003_CreateSessions(),
            M0004_CreateAudit(),
            M0005_CreateSettingsAndRateLimits(),
            M0006_CreateFoundationIndexes(),
            M0007_CreateRegistry(),
            M0008_CreateParties(),
            M0009_CreateSearchAndRegistryIndexes(),
            M0010_SeedStandardCategories(),
            M0011_CreateRequests(),
            M0012_CreateResearchCommitteeDelivery(),
            M0013_CreateRequestIndexes(),
            M0014_SeedStandardRequestTypes(),
            M0015_CreatePortal(),
            M0016_CreatePolicyLibrary(),
            M0017_DocumentIdentityAndReferrals(),
            M0018_CreateInquiries(),
            M0019_CreateFeedback(),
            M0020_CreateHouseholdProposals(),
            M0021_CreateKnowledgeBase(),
            M0022_CreateOutbox(),
            M0023_CreateSurveys(),
            M0024_IndexOtherPhone(),
            M0025_CreateRequestSearch(),
            M0026_ResearchReportNeeds(),
            M0027_RequestsAwaitingDecision(),
            M0028_CreateInquiryAttachments(),
            M0029_FeedbackTriage(),
            M0030_InquiryAssignment(),
            M0031_DataRequestExtension(),
            M0032_CreateBreaches(),
            M0033_RetentionAndLegalHold(),
            M0034_CreateSubmissions(),
            M0035_SealSensitiveData(protection: protection),
            M0036_DeliveryIBAN(),
        ]
    }
}
