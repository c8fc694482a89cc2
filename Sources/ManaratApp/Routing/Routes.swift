import ManaratDomain
import ManaratPersistence
import Vapor

/// The public routes.
enum PublicRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let controller = PublicController()
        routes.on(.GET, PublicURL.home, access: .everyone, use: controller.home)
        routes.on(.POST, PublicURL.setLanguage, access: .everyone, use: controller.setLanguage)
        routes.on(.GET, PublicURL.stylesheet, access: .everyone, use: controller.stylesheet)
        routes.on(.GET, PublicURL.health, access: .everyone, use: controller.health)
        let volunteers = VolunteerController()
        routes.on(.GET, PublicURL.volunteerApply, access: .everyone, use: volunteers.showPublicApplication)
        routes.on(.POST, PublicURL.volunteerApply, access: .everyone, use: volunteers.submitPublicApplication)
        routes.on(.GET, PublicURL.volunteerThanks, access: .everyone, use: volunteers.publicThanks)
        if configuration.benchmarkRoute {
            routes.on(.GET, PublicURL.benchmarkHello, access: .everyone) { _ in "hello" }
        }
    }
}

/// The staff desk's routes, each with the roles that may use it.
enum StaffRoutes {
    /// Who may read the audit log.
    static let auditRoles: Set<Role> = [.admin, .quality]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let signIn = SignInController()
        routes.on(.GET, StaffURL.signIn, access: .everyone, use: signIn.show)
        routes.on(.POST, StaffURL.signIn, access: .everyone, use: signIn.signIn)
        routes.on(.POST, StaffURL.signOut, access: .anyStaff, use: signIn.signOut)

        let desk = DeskController()
        routes.on(.GET, StaffURL.home, access: .anyStaff, use: desk.home)
        routes.on(.GET, StaffURL.password, access: .anyStaff, use: desk.showPassword)
        routes.on(.POST, StaffURL.password, access: .anyStaff, use: desk.changePassword)

        let staff = StaffAdminController()
        routes.on(.GET, StaffURL.staffList, access: .staff([.admin]), use: staff.list)
        routes.on(.GET, StaffURL.staffNew, access: .staff([.admin]), use: staff.showNew)
        routes.on(.POST, StaffURL.staffNew, access: .staff([.admin]), use: staff.create)
        routes.on(.GET, StaffURL.staffEdit(.routePlaceholder), access: .staff([.admin]), use: staff.showEdit)
        routes.on(.POST, StaffURL.staffEdit(.routePlaceholder), access: .staff([.admin]), use: staff.update)
        routes.on(.POST, StaffURL.staffResetPassword(.routePlaceholder), access: .staff([.admin]), use: staff.resetPassword)

        let branches = BranchAdminController()
        routes.on(.GET, StaffURL.branchList, access: .staff([.admin]), use: branches.list)
        routes.on(.GET, StaffURL.branchNew, access: .staff([.admin]), use: branches.showNew)
        routes.on(.POST, StaffURL.branchNew, access: .staff([.admin]), use: branches.create)
        routes.on(.GET, StaffURL.branchEdit(.routePlaceholder), access: .staff([.admin]), use: branches.showEdit)
        routes.on(.POST, StaffURL.branchEdit(.routePlaceholder), access: .staff([.admin]), use: branches.update)

        routes.on(.GET, StaffURL.audit, access: .staff(auditRoles), use: AuditController().browse)

        let breaches = BreachController()
        routes.on(.GET, StaffURL.breaches, access: .staff([.admin]), use: breaches.list)
        routes.on(.POST, StaffURL.breaches, access: .staff([.admin]), use: breaches.create)
        routes.on(.POST, StaffURL.breachRegulatorNotified(.routePlaceholder), access: .staff([.admin]), use: breaches.regulatorNotified)
        routes.on(.POST, StaffURL.breachSubjectsNotified(.routePlaceholder), access: .staff([.admin]), use: breaches.subjectsNotified)

        let retention = RetentionController()
        routes.on(.GET, StaffURL.retention, access: .staff([.admin]), use: retention.show)
        routes.on(.POST, StaffURL.retention, access: .staff([.admin]), use: retention.saveSchedule)
        routes.on(.POST, StaffURL.legalHolds, access: .staff([.admin]), use: retention.addHold)
        routes.on(.POST, StaffURL.legalHoldRelease(.routePlaceholder), access: .staff([.admin]), use: retention.releaseHold)
        RegistryRoutes.register(on: routes)
        RequestRoutes.register(on: routes, configuration: configuration)
        PortalRoutes.register(on: routes, configuration: configuration)
    }
}

/// The public pages and the small shared endpoints.
struct PublicController {
    struct LanguageForm: Content {
        var language: String?
        var back: String?
    }

    func home(_ request: Request) async throws -> Response {
        .html(HomePage.render(context: PageContext(request: request)))
    }

    func setLanguage(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LanguageForm.self)
        guard let language = form.language.flatMap(Language.init(rawValue:)) else {
            throw Abort(.badRequest)
        }
        let response = request.redirect(to: request.safeLocalPath(form.back, fallback: PublicURL.home.path), redirectType: .normal)
        response.cookies[LanguageCookie.name] = LanguageCookie.value(language, secure: request.isSecureConnection)
        return response
    }

    func stylesheet(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    func health(_ request: Request) async throws -> Response {
        _ = try await ManaratPersistenceHealth.check(request.db)
        return Response(status: .ok, body: .init(string: "ok"))
    }
}

/// The registry's routes: beneficiaries, households, contacts, categories, supporters, volunteers.
enum RegistryRoutes {
    /// Every staff role may read the registry; what each sees is trimmed by `SensitiveData`.
    static let readers: Set<Role> = Set(Role.allCases)
    /// Who registers and edits beneficiaries and their households.
    static let editors: Set<Role> = [.admin, .relations, .researcher]
    /// Who records contacts and follow-ups.
    static let contactRecorders: Set<Role> = [.admin, .relations, .researcher, .delivery]
    /// Who manages supporters and volunteers.
    static let partyManagers: Set<Role> = [.admin, .relations]
    /// Who may read supporters and volunteers.
    static let partyReaders: Set<Role> = [.admin, .relations, .quality]

    static func register(on routes: any RoutesBuilder) {
        let placeholder = UUID.routePlaceholder
        let beneficiaries = BeneficiaryController()
        routes.on(.GET, StaffURL.beneficiaries, access: .staff(readers), use: beneficiaries.list)
        routes.on(.GET, StaffURL.beneficiaryNew, access: .staff(editors), use: beneficiaries.showNew)
        routes.on(.POST, StaffURL.beneficiaryNew, access: .staff(editors), use: beneficiaries.create)
        routes.on(.GET, StaffURL.beneficiary(placeholder), access: .staff(readers), use: beneficiaries.file)
        routes.on(.GET, StaffURL.beneficiaryEdit(placeholder), access: .staff(editors), use: beneficiaries.showEdit)
        routes.on(.POST, StaffURL.beneficiaryEdit(placeholder), access: .staff(editors), use: beneficiaries.update)
        routes.on(.POST, StaffURL.beneficiaryDuplicate(placeholder), access: .staff(editors), use: beneficiaries.decideDuplicate)

        let households = HouseholdController()
        routes.on(.POST, StaffURL.beneficiaryHousehold(placeholder), access: .staff(editors), use: households.saveFinances)
        routes.on(.POST, StaffURL.beneficiaryMemberNew(placeholder), access: .staff(editors), use: households.addMember)
        routes.on(.POST, StaffURL.beneficiaryMemberRemove(placeholder, placeholder), access: .staff(editors), use: households.removeMember)

        let assessments = AssessmentController()
        routes.on(.GET, StaffURL.beneficiaryAssessment(placeholder), access: .staff(editors), use: assessments.show)
        routes.on(.POST, StaffURL.beneficiaryAssessment(placeholder), access: .staff(editors), use: assessments.create)
        routes.on(.GET, StaffURL.needsWeights, access: .staff([.admin]), use: assessments.showWeights)
        routes.on(.POST, StaffURL.needsWeights, access: .staff([.admin]), use: assessments.saveWeights)

        let contacts = ContactController()
        routes.on(.POST, StaffURL.beneficiaryContact(placeholder), access: .staff(contactRecorders), use: contacts.addForBeneficiary)
        routes.on(.POST, StaffURL.supporterContact(placeholder), access: .staff(partyManagers), use: contacts.addForSupporter)
        routes.on(.POST, StaffURL.volunteerContact(placeholder), access: .staff(partyManagers), use: contacts.addForVolunteer)
        routes.on(.POST, StaffURL.followUpDone(placeholder), access: .staff(contactRecorders), use: contacts.markDone)

        let categories = CategoryController()
        routes.on(.GET, StaffURL.categories, access: .staff([.admin]), use: categories.list)
        routes.on(.GET, StaffURL.categoryNew, access: .staff([.admin]), use: categories.showNew)
        routes.on(.POST, StaffURL.categoryNew, access: .staff([.admin]), use: categories.create)
        routes.on(.GET, StaffURL.categoryEdit(placeholder), access: .staff([.admin]), use: categories.showEdit)
        routes.on(.POST, StaffURL.categoryEdit(placeholder), access: .staff([.admin]), use: categories.update)

        let supporters = SupporterController()
        routes.on(.GET, StaffURL.supporters, access: .staff(partyReaders), use: supporters.list)
        routes.on(.GET, StaffURL.supporterNew, access: .staff(partyManagers), use: supporters.showNew)
        routes.on(.POST, StaffURL.supporterNew, access: .staff(partyManagers), use: supporters.create)
        routes.on(.GET, StaffURL.supporter(placeholder), access: .staff(partyReaders), use: supporters.show)
        routes.on(.GET, StaffURL.supporterEdit(placeholder), access: .staff(partyManagers), use: supporters.showEdit)
        routes.on(.POST, StaffURL.supporterEdit(placeholder), access: .staff(partyManagers), use: supporters.update)
        routes.on(.POST, StaffURL.supporterEntry(placeholder), access: .staff(partyManagers), use: supporters.addEntry)

        let volunteers = VolunteerController()
        routes.on(.GET, StaffURL.volunteers, access: .staff(partyReaders), use: volunteers.list)
        routes.on(.GET, StaffURL.volunteerNew, access: .staff(partyManagers), use: volunteers.showNew)
        routes.on(.POST, StaffURL.volunteerNew, access: .staff(partyManagers), use: volunteers.create)
        routes.on(.GET, StaffURL.volunteer(placeholder), access: .staff(partyReaders), use: volunteers.show)
        routes.on(.POST, StaffURL.volunteerStatus(placeholder), access: .staff(partyManagers), use: volunteers.setStatus)
        routes.on(.POST, StaffURL.volunteerAssignment(placeholder), access: .staff(partyManagers), use: volunteers.addAssignment)
        routes.on(.POST, StaffURL.volunteerHours(placeholder), access: .staff(partyManagers), use: volunteers.addHours)
    }
}

/// The support request lifecycle: intake, research, committee, delivery, and their settings.
enum RequestRoutes {
    static let readers: Set<Role> = Set(Role.allCases)
    /// Intake is the beneficiary-relations employee's (and an administrator's).
    static let intake: Set<Role> = [.admin, .relations]
    static let uploaders: Set<Role> = [.admin, .relations, .researcher]
    static let toCommittee: Set<Role> = [.admin, .relations, .researcher]
    static let committeeReaders: Set<Role> = [.admin, .committee, .quality]
    static let meetingOrganizers: Set<Role> = [.admin, .committee]
    static let delivery: Set<Role> = [.admin, .delivery]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let requests = RequestController()
        routes.on(.GET, StaffURL.requests, access: .staff(readers), use: requests.list)
        routes.on(.GET, StaffURL.requestNew(placeholder), access: .staff(intake), use: requests.showNew)
        routes.on(.POST, StaffURL.requestNew(placeholder), access: .staff(intake), use: requests.create)
        routes.on(.GET, StaffURL.request(placeholder), access: .staff(readers), use: requests.show)
        routes.on(.POST, StaffURL.requestDocuments(placeholder), access: .staff(uploaders), body: .collect(maxSize: Uploads.bodyLimit(configuration)), use: requests.uploadDocument)
        routes.on(.POST, StaffURL.requestAttest(placeholder), access: .staff(intake), body: .collect(maxSize: Uploads.bodyLimit(configuration)), use: requests.attest)
        routes.on(.POST, StaffURL.requestSubmit(placeholder), access: .staff(intake), use: requests.submit)
        routes.on(.POST, StaffURL.requestRefer(placeholder), access: .staff(intake), use: requests.refer)
        routes.on(.POST, StaffURL.requestResearch(placeholder), access: .staff([.researcher]), use: requests.research)
        routes.on(.POST, StaffURL.requestVisit(placeholder), access: .staff([.researcher]), use: requests.scheduleVisit)
        routes.on(.POST, StaffURL.requestToCommittee(placeholder), access: .staff(toCommittee), use: requests.sendToCommittee)
        routes.on(.POST, StaffURL.requestWithdraw(placeholder), access: .staff(intake), use: requests.withdraw)
        routes.on(.GET, StaffURL.requestEdit(placeholder), access: .staff(intake), use: requests.showEdit)
        routes.on(.POST, StaffURL.requestEdit(placeholder), access: .staff(intake), use: requests.saveEdit)
        routes.on(.GET, StaffURL.document(placeholder), access: .staff(readers), use: requests.download)

        let deliveries = DeliveryController()
        routes.on(.POST, StaffURL.requestDeliveries(placeholder), access: .staff(delivery), use: deliveries.schedule)
        routes.on(.POST, StaffURL.requestDelivered(placeholder, placeholder), access: .staff(delivery), use: deliveries.markDelivered)
        routes.on(.POST, StaffURL.requestComplete(placeholder), access: .staff(delivery), use: deliveries.complete)

        let committee = CommitteeController()
        routes.on(.GET, StaffURL.committee, access: .staff(committeeReaders), use: committee.queue)
        routes.on(.GET, StaffURL.meetingNew, access: .staff(meetingOrganizers), use: committee.showNew)
        routes.on(.POST, StaffURL.meetingNew, access: .staff(meetingOrganizers), use: committee.create)
        routes.on(.GET, StaffURL.meeting(placeholder), access: .staff(committeeReaders), use: committee.show)
        routes.on(.POST, StaffURL.meetingVote(placeholder), access: .staff([.committee]), use: committee.vote)
        routes.on(.POST, StaffURL.meetingDecide(placeholder), access: .staff([.committee]), use: committee.decide)
        routes.on(.GET, StaffURL.meetingMinutes(placeholder), access: .staff(committeeReaders), use: committee.minutes)

        let settings = RequestSettingsController()
        routes.on(.GET, StaffURL.requestTypes, access: .staff([.admin]), use: settings.types)
        routes.on(.GET, StaffURL.requestTypeNew, access: .staff([.admin]), use: settings.showNewType)
        routes.on(.POST, StaffURL.requestTypeNew, access: .staff([.admin]), use: settings.createType)
        routes.on(.GET, StaffURL.requestTypeEdit(placeholder), access: .staff([.admin]), use: settings.showEditType)
        routes.on(.POST, StaffURL.requestTypeEdit(placeholder), access: .staff([.admin]), use: settings.updateType)
        routes.on(.GET, StaffURL.holidays, access: .staff([.admin]), use: settings.holidays)
        routes.on(.POST, StaffURL.holidays, access: .staff([.admin]), use: settings.addHolidays)
        routes.on(.POST, StaffURL.holidayRemove, access: .staff([.admin]), use: settings.removeHoliday)
        routes.on(.GET, StaffURL.requestSettings, access: .staff([.admin]), use: settings.showSettings)
        routes.on(.POST, StaffURL.requestSettings, access: .staff([.admin]), use: settings.saveSettings)

        let declarations = DeclarationController()
        routes.on(.GET, StaffURL.declarations, access: .anyStaff, use: declarations.mine)
        routes.on(.POST, StaffURL.declarations, access: .anyStaff, use: declarations.declare)
        routes.on(.POST, StaffURL.declarationWithdraw(placeholder), access: .anyStaff, use: declarations.withdraw)
        routes.on(.GET, StaffURL.conflicts, access: .staff([.admin]), use: declarations.overview)
    }
}

/// The beneficiary portal and the staff pages that serve it.
enum PortalRoutes {
    /// Who answers data-subject requests.
    static let dataOfficers: Set<Role> = [.admin, .quality, .relations]

    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let auth = PortalAuthController()
        routes.on(.GET, PortalURL.signIn, access: .everyone, use: auth.showSignIn)
        routes.on(.POST, PortalURL.signIn, access: .everyone, use: auth.sendCode)
        routes.on(.GET, PortalURL.code, access: .everyone, use: auth.showCode)
        routes.on(.POST, PortalURL.code, access: .everyone, use: auth.verifyCode)
        routes.on(.GET, PortalURL.register, access: .everyone, use: auth.showRegister)
        routes.on(.POST, PortalURL.register, access: .everyone, use: auth.register)
        routes.on(.POST, PortalURL.signOut, access: .beneficiary, use: auth.signOut)

        let portal = PortalController()
        routes.on(.GET, PortalURL.home, access: .beneficiary, use: portal.home)
        routes.on(.GET, PortalURL.apply, access: .beneficiary, use: portal.apply)
        routes.on(.GET, PortalURL.applyType(placeholder), access: .beneficiary, use: portal.showApplyType)
        routes.on(.POST, PortalURL.applyType(placeholder), access: .beneficiary, use: portal.createDraft)
        routes.on(.GET, PortalURL.request(placeholder), access: .beneficiary, use: portal.showRequest)
        routes.on(.POST, PortalURL.requestDocuments(placeholder), access: .beneficiary, body: .collect(maxSize: Uploads.bodyLimit(configuration)), use: portal.uploadDocument)
        routes.on(.GET, PortalURL.requestEdit(placeholder), access: .beneficiary, use: portal.showEditDraft)
        routes.on(.POST, PortalURL.requestEdit(placeholder), access: .beneficiary, use: portal.saveDraft)
        routes.on(.POST, PortalURL.requestAttest(placeholder), access: .beneficiary, use: portal.attest)
        routes.on(.POST, PortalURL.requestSubmit(placeholder), access: .beneficiary, use: portal.submit)
        routes.on(.POST, PortalURL.requestRate(placeholder), access: .beneficiary, use: portal.rate)
        routes.on(.GET, PortalURL.profile, access: .beneficiary, use: portal.profile)
        routes.on(.POST, PortalURL.profile, access: .beneficiary, use: portal.saveProfile)
        routes.on(.GET, PortalURL.myData, access: .beneficiary, use: portal.myData)
        routes.on(.GET, PortalURL.myDataJSON, access: .beneficiary, use: portal.myDataJSON)
        routes.on(.GET, PortalURL.myDataHTML, access: .beneficiary, use: portal.myDataHTML)
        routes.on(.POST, PortalURL.dataRequest, access: .beneficiary, use: portal.dataRequest)
        routes.on(.POST, PortalURL.withdrawConsent, access: .beneficiary, use: portal.withdrawConsent)

        routes.on(.GET, PublicURL.services, access: .everyone, use: ServicesController().list)
        let library = LibraryController()
        routes.on(.GET, PublicURL.policy, access: .everyone, use: library.publicPolicy)
        routes.on(.GET, PublicURL.policyFile, access: .everyone, use: library.publicPolicyFile)
        routes.on(.GET, StaffURL.libraryFile(placeholder), access: .anyStaff, use: library.versionFile)
        routes.on(.GET, StaffURL.library, access: .anyStaff, use: library.list)
        routes.on(.GET, StaffURL.libraryVersion(placeholder), access: .anyStaff, use: library.show)
        routes.on(.POST, StaffURL.libraryAcknowledge(placeholder), access: .anyStaff, use: library.acknowledge)
        routes.on(.GET, StaffURL.libraryPublish(.relationsPolicy), access: .staff([.admin]), use: library.showPublish)
        routes.on(.POST, StaffURL.libraryPublish(.relationsPolicy), access: .staff([.admin]), body: .collect(maxSize: Uploads.bodyLimit(configuration)), use: library.publish)
        routes.on(.GET, PublicURL.contact, access: .everyone, use: ContactUsController().show)
        routes.on(.POST, PublicURL.contact, access: .everyone, use: ContactUsController().submit)

        let inquiries = InquiryController()
        routes.on(.GET, PortalURL.ask, access: .beneficiary, use: inquiries.showAsk)
        routes.on(.POST, PortalURL.ask, access: .beneficiary, body: .collect(maxSize: Uploads.bodyLimit(configuration)), use: inquiries.ask)
        routes.on(.GET, PortalURL.inquiryAttachment(placeholder), access: .beneficiary, use: inquiries.ownAttachment)
        routes.on(.GET, PortalURL.inquiry(placeholder), access: .beneficiary, use: inquiries.showOwn)
        routes.on(.POST, PortalURL.inquiryRate(placeholder), access: .beneficiary, use: inquiries.rate)
        routes.on(.GET, StaffURL.inquiries, access: .staff(InquiryController.readers), use: inquiries.list)
        routes.on(.GET, StaffURL.inquiryNew(placeholder), access: .staff(InquiryController.answerers), use: inquiries.showRecord)
        routes.on(.POST, StaffURL.inquiryNew(placeholder), access: .staff(InquiryController.answerers), use: inquiries.record)
        routes.on(.GET, StaffURL.inquiry(placeholder), access: .staff(InquiryController.readers), use: inquiries.show)
        routes.on(.GET, StaffURL.inquiryAttachment(placeholder), access: .staff(InquiryController.readers), use: inquiries.staffAttachment)
        routes.on(.POST, StaffURL.inquiryAnswer(placeholder), access: .staff(InquiryController.answerers), use: inquiries.answer)
        routes.on(.POST, StaffURL.inquiryRefer(placeholder), access: .staff(InquiryController.answerers), use: inquiries.refer)
        routes.on(.POST, StaffURL.inquiryAssign(placeholder), access: .staff(InquiryController.answerers), use: inquiries.assign)
        routes.on(.POST, StaffURL.inquiryConvert(placeholder), access: .staff(RequestRoutes.intake), use: inquiries.convert)

        let proposals = HouseholdProposalController()
        routes.on(.GET, PortalURL.household, access: .beneficiary, use: proposals.show)
        routes.on(.POST, PortalURL.household, access: .beneficiary, use: proposals.propose)
        routes.on(.POST, StaffURL.householdProposalDecide(placeholder), access: .staff(RegistryRoutes.editors), use: proposals.decide)

        routes.on(.GET, StaffURL.dashboard, access: .staff(DashboardController.readers), use: DashboardController().show)
        routes.on(.GET, StaffURL.dashboardExport, access: .staff(DashboardController.readers), use: DashboardController().export)

        let knowledge = KnowledgeBaseController()
        routes.on(.GET, PublicURL.faq, access: .everyone, use: knowledge.publicList)
        routes.on(.GET, PublicURL.faqArticle(placeholder), access: .everyone, use: knowledge.publicArticle)
        routes.on(.POST, PublicURL.faqVote(placeholder), access: .everyone, use: knowledge.vote)
        routes.on(.GET, StaffURL.knowledgeBase, access: .anyStaff, use: knowledge.staffList)
        routes.on(.GET, StaffURL.article(placeholder), access: .anyStaff, use: knowledge.staffArticle)
        routes.on(.GET, StaffURL.articleNew, access: .staff(KnowledgeBaseController.writers), use: knowledge.showNew)
        routes.on(.POST, StaffURL.articleNew, access: .staff(KnowledgeBaseController.writers), use: knowledge.create)
        routes.on(.GET, StaffURL.articleEdit(placeholder), access: .staff(KnowledgeBaseController.writers), use: knowledge.showEdit)
        routes.on(.POST, StaffURL.articleEdit(placeholder), access: .staff(KnowledgeBaseController.writers), use: knowledge.update)

        let feedback = FeedbackController()
        routes.on(.GET, PublicURL.feedback, access: .everyone, use: feedback.showForm)
        routes.on(.POST, PublicURL.feedback, access: .everyone, use: feedback.submit)
        routes.on(.GET, PortalURL.feedbackItem(placeholder), access: .beneficiary, use: feedback.showOwn)
        routes.on(.POST, PortalURL.feedbackAppeal(placeholder), access: .beneficiary, use: feedback.appeal)
        routes.on(.GET, StaffURL.feedbackList, access: .staff(FeedbackController.handlers), use: feedback.list)
        routes.on(.POST, StaffURL.feedbackNew, access: .staff(FeedbackController.handlers), use: feedback.record)
        routes.on(.GET, StaffURL.feedbackItem(placeholder), access: .staff(FeedbackController.handlers), use: feedback.show)
        routes.on(.POST, StaffURL.feedbackAssign(placeholder), access: .staff(FeedbackController.handlers), use: feedback.assign)
        routes.on(.POST, StaffURL.feedbackNote(placeholder), access: .staff(FeedbackController.handlers), use: feedback.addNote)
        routes.on(.POST, StaffURL.feedbackClose(placeholder), access: .staff(FeedbackController.handlers), use: feedback.close)

        let staffSide = PortalStaffController()
        routes.on(.GET, StaffURL.messages, access: .staff([.admin]), use: staffSide.messages)

        let surveys = SurveyController()
        routes.on(.GET, PublicURL.survey("token"), access: .everyone, use: surveys.show)
        routes.on(.POST, PublicURL.survey("token"), access: .everyone, use: surveys.answer)
        routes.on(.POST, StaffURL.requestSurveyAtBranch(placeholder), access: .staff(SurveyController.tabletHolders), use: surveys.atBranch)
        let surveyAdmin = SurveyAdminController()
        routes.on(.GET, StaffURL.surveys, access: .staff([.admin]), use: surveyAdmin.list)
        routes.on(.GET, StaffURL.surveyEdit("scope"), access: .staff([.admin]), use: surveyAdmin.edit)
        routes.on(.POST, StaffURL.surveyEdit("scope"), access: .staff([.admin]), use: surveyAdmin.save)
        routes.on(.GET, StaffURL.surveyResults, access: .staff(SurveyController.resultReaders), use: surveyAdmin.results)
        routes.on(.GET, StaffURL.mySatisfaction, access: .anyStaff, use: surveyAdmin.mine)

        let notifications = NotificationsController()
        routes.on(.GET, StaffURL.outbox, access: .staff(NotificationsController.outboxReaders), use: notifications.outbox)
        routes.on(.POST, StaffURL.outboxResend(placeholder), access: .staff(NotificationsController.outboxReaders), use: notifications.resend)
        routes.on(.GET, StaffURL.templates, access: .staff([.admin]), use: notifications.templates)
        routes.on(.GET, StaffURL.templateEdit(.requestReceived, .sms, .arabic), access: .staff([.admin]), use: notifications.showTemplate)
        routes.on(.POST, StaffURL.templateEdit(.requestReceived, .sms, .arabic), access: .staff([.admin]), use: notifications.saveTemplate)
        routes.on(.GET, PortalURL.inbox, access: .beneficiary, use: notifications.inbox)
        routes.on(.GET, PortalURL.notificationSettings, access: .beneficiary, use: notifications.showSettings)
        routes.on(.POST, PortalURL.notificationSettings, access: .beneficiary, use: notifications.saveSettings)
        routes.on(.GET, StaffURL.dataRequests, access: .staff(dataOfficers), use: staffSide.dataRequests)
        routes.on(.POST, StaffURL.dataRequestAnswer(placeholder), access: .staff(dataOfficers), use: staffSide.answer)
        routes.on(.POST, StaffURL.dataRequestExtend(placeholder), access: .staff(dataOfficers), use: staffSide.extend)
    }
}
