import ManaratDomain

/// The support request pages' words, Arabic and English side by side.
struct RequestText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    /// A problem's message; `portal` for the applicant's own pages, which name the field.
    func problem(_ problem: RequestProblem, portal: Bool = false) -> String {
        switch problem {
        case .detailsMissing:
            return portal
                ? strings.format(.fieldRequiredNamed, ["field": strings[.requestDetails]]) : strings[.fieldRequired]
        case .detailsMissingToSubmit: return strings.format(.fieldRequiredNamed, ["field": strings[.requestDetails]])
        case .amountRequestedInvalid, .recommendedAmountInvalid, .deliveryAmountInvalid: return strings[.amountInvalid]
        case .typeNotEligible: return strings[.typeNotEligible]
        case .changedBySomeoneElse: return strings[.changedBySomeoneElse]
        case .staleRequest: return strings[.requestChangedBySomeoneElse]
        case .requestClosed: return strings[.requestClosed]
        case .issuedOn(let error), .expiresOn(let error), .visitedOn(let error), .visitOn(let error),
            .firstDue(let error):
            return DateInputMessages.message(for: error, strings: strings)
        case .expiryBeforeIssue: return strings[.endBeforeStart]
        case .identityOnDocumentMissing: return strings[.identityOnDocumentRequired]
        case .identityOnDocument(let problem): return IdentityMessages.message(problem, strings: strings)
        case .upload(_, let refusal): return Uploads.message(refusal, strings: strings)
        case .attestationUnconfirmed: return strings[.attestationConfirmRequired]
        case .signedFormMissing: return strings[.signedFormRequired]
        case .alreadyAttested: return strings[.alreadyAttested]
        case .portalAttestationUnconfirmed: return strings[.portalAttestRequired]
        case .notYourResearch: return strings[.notYourResearch]
        case .visitedOnMissing, .findingsMissing, .visitOnMissing: return strings[.fieldRequired]
        case .visitedInFuture: return strings[.dateInFuture]
        case .needs(let problem): return NeedsText(strings: strings).problem(problem)
        case .visitDayInPast: return strings[.visitDayInPast]
        case .researcherRequired: return strings[.researcherRequired]
        case .withdrawReasonRequired: return strings[.withdrawReasonRequired]
        case .transition(let refusal):
            switch refusal {
            case .notAllowed: return strings[.actionNotAllowedNow]
            case .attestationMissing: return strings[.attestationMissing]
            case .documentsIncomplete: return strings[.documentsIncomplete]
            case .researchReportMissing: return strings[.researchReportMissing]
            }
        case .conflict(let reason):
            switch reason {
            case .ownRequest: return strings[.conflictOwnRequest]
            case .relativeIsApplicant, .relativeInHousehold: return strings[.conflictRelative]
            }
        case .notDeliverableNow: return strings[.actionNotAllowedNow]
        case .paymentMethodRequired: return strings[.paymentMethodRequired]
        case .iban(.empty): return strings[.ibanRequired]
        case .iban(.notSaudi): return strings[.ibanNotSaudi]
        case .iban(.checksumFailed): return strings[.ibanChecksumFailed]
        case .itemsRequired: return strings[.itemsRequired]
        case .referralRequired: return strings[.referralRequired]
        case .instalmentsInvalid:
            return strings.format(
                .countInvalid,
                [
                    "minimum": strings.number(DeliveryScheduleForm.instalmentRange.lowerBound),
                    "maximum": strings.number(DeliveryScheduleForm.instalmentRange.upperBound),
                ])
        case .instalmentsExceedApproved(let approved, let total):
            return strings.format(
                .instalmentsExceedApproved, ["approved": strings.money(approved), "total": strings.money(total)])
        case .alreadyScheduled: return strings[.alreadyScheduled]
        case .acknowledgementRequired: return strings[.acknowledgementRequired]
        case .deliveriesOutstanding: return strings[.deliveriesOutstanding]
        case .ratingInvalid: return strings[.portalRatingInvalid]
        case .alreadyRated: return strings[.portalAlreadyRated]
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [RequestProblem], portal: Bool = false) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0, portal: portal)) }
    }
}
