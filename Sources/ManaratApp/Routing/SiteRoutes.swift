import Vapor

/// Every feature's routes, registered once by `buildApplication`. Each feature declares its own
/// routes with their access rules in `Features/<Capability>/<Capability>Routes.swift`; this list
/// only says which features the site has.
enum SiteRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let features: [(any RoutesBuilder, AppConfiguration) -> Void] = [
            PublicShellRoutes.register, PortalShellRoutes.register, StaffShellRoutes.register,
            StaffAccountRoutes.register, BranchRoutes.register, AuditRoutes.register,
            DataProtectionRoutes.register, BeneficiaryRoutes.register, HouseholdRoutes.register,
            NeedsAssessmentRoutes.register, ContactRoutes.register, CategoryRoutes.register,
            SupporterRoutes.register, VolunteerRoutes.register, RequestRoutes.register,
            RequestSettingsRoutes.register, ConflictRoutes.register, CommitteeRoutes.register,
            DeliveryRoutes.register, InquiryRoutes.register, FeedbackRoutes.register,
            KnowledgeBaseRoutes.register, PolicyLibraryRoutes.register, DashboardRoutes.register,
            SurveyRoutes.register, NotificationRoutes.register,
        ]
        for register in features {
            register(routes, configuration)
        }
    }
}
