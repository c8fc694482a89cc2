import ManaratDomain

/// Why an action on a request was refused, and the form field the page marks: one type for
/// every form of the request pages (data, documents, attestation, research, visit, the next
/// steps, delivery and the applicant's rating), since they all answer with the same page.
enum RequestProblem: Error, Equatable, Sendable {
    // The request's data.
    /// The description is missing or longer than 4 000 characters.
    case detailsMissing
    case amountRequestedInvalid
    /// The applicant's categories do not qualify for the type.
    case typeNotEligible
    /// Someone saved the request since the form was read.
    case changedBySomeoneElse

    // Documents.
    /// The request is closed to new documents.
    case requestClosed
    case issuedOn(DateInputError)
    case expiresOn(DateInputError)
    case expiryBeforeIssue
    /// An identity copy came without the number printed on it.
    case identityOnDocumentMissing
    case identityOnDocument(IdentityProblem)
    /// The file of `field` was refused by its content.
    case upload(UploadField, Uploads.Refusal)

    // The attestation.
    case attestationUnconfirmed
    case signedFormMissing
    case alreadyAttested
    /// The applicant did not tick the attestation in the portal.
    case portalAttestationUnconfirmed
    /// A draft saved half-way lacks its description at submission.
    case detailsMissingToSubmit

    // Research.
    /// The request is not in research with this researcher.
    case notYourResearch(ResearchField)
    case visitedOnMissing
    case visitedOn(DateInputError)
    case visitedInFuture
    case findingsMissing
    case recommendedAmountInvalid
    case needs(NeedsProblem)
    case visitOnMissing
    case visitOn(DateInputError)
    case visitDayInPast

    // The next steps.
    case researcherRequired
    case withdrawReasonRequired
    /// The state machine refused the step.
    case transition(TransitionRefusal)
    /// The staff member is related to the case.
    case conflict(ConflictReason)
    /// Someone moved the request since the page was read.
    case staleRequest

    // Delivery.
    case notDeliverableNow
    case deliveryAmountInvalid
    case paymentMethodRequired
    case iban(IBAN.Problem)
    case itemsRequired
    case referralRequired
    case firstDue(DateInputError)
    case instalmentsInvalid
    /// The instalments add up to more than the committee approved.
    case instalmentsExceedApproved(approved: Money, total: Money)
    case alreadyScheduled
    case acknowledgementRequired
    case deliveriesOutstanding

    // Rating.
    case ratingInvalid
    case alreadyRated

    /// The form field a file was uploaded through.
    enum UploadField: String, Sendable {
        case file, signedForm
    }

    /// The research form a refusal belongs to.
    enum ResearchField: String, Sendable {
        case findings, visitOn
    }

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .detailsMissing, .changedBySomeoneElse: return RequestDataForm.Field.details.rawValue
        case .amountRequestedInvalid: return RequestDataForm.Field.amountRequested.rawValue
        case .typeNotEligible: return RequestDataForm.Field.typeID.rawValue
        case .requestClosed: return DocumentUploadForm.Field.file.rawValue
        case .issuedOn: return DocumentUploadForm.Field.issuedOn.rawValue
        case .expiresOn, .expiryBeforeIssue: return DocumentUploadForm.Field.expiresOn.rawValue
        case .identityOnDocumentMissing, .identityOnDocument: return DocumentUploadForm.Field.identityNumber.rawValue
        case .upload(let field, _): return field.rawValue
        case .attestationUnconfirmed, .alreadyAttested, .portalAttestationUnconfirmed:
            return AttestationForm.Field.confirmed.rawValue
        case .signedFormMissing: return AttestationForm.Field.signedForm.rawValue
        case .detailsMissingToSubmit, .transition, .conflict, .staleRequest: return "action"
        case .notYourResearch(let field): return field.rawValue
        case .visitedOnMissing, .visitedOn, .visitedInFuture: return ResearchReportForm.Field.visitedOn.rawValue
        case .findingsMissing: return ResearchReportForm.Field.findings.rawValue
        case .recommendedAmountInvalid: return ResearchReportForm.Field.recommendedAmount.rawValue
        case .needs(let problem): return problem.field
        case .visitOnMissing, .visitOn, .visitDayInPast: return VisitForm.Field.visitOn.rawValue
        case .researcherRequired: return RequestActionForm.Field.researcherID.rawValue
        case .withdrawReasonRequired: return RequestActionForm.Field.withdrawNote.rawValue
        case .notDeliverableNow, .alreadyScheduled: return DeliveryScheduleForm.Field.kind.rawValue
        case .deliveryAmountInvalid, .instalmentsExceedApproved: return DeliveryScheduleForm.Field.amount.rawValue
        case .paymentMethodRequired: return DeliveryScheduleForm.Field.method.rawValue
        case .iban: return DeliveryScheduleForm.Field.iban.rawValue
        case .itemsRequired: return DeliveryScheduleForm.Field.items.rawValue
        case .referralRequired: return DeliveryScheduleForm.Field.referralTo.rawValue
        case .firstDue: return DeliveryScheduleForm.Field.firstDue.rawValue
        case .instalmentsInvalid: return DeliveryScheduleForm.Field.instalments.rawValue
        case .acknowledgementRequired: return DeliveredForm.Field.acknowledgement.rawValue
        case .deliveriesOutstanding: return "action"
        case .ratingInvalid, .alreadyRated: return "score"
        }
    }

    /// The refusal a workflow error stands for, when it is one people should read.
    init?(_ error: any Error) {
        switch error {
        case let problem as RequestProblem: self = problem
        case let refusal as TransitionRefusal: self = .transition(refusal)
        case RequestConflict.changedBySomeoneElse: self = .staleRequest
        case let conflict as ConflictRefusal: self = .conflict(conflict.reason)
        default: return nil
        }
    }
}
