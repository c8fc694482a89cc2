import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The survey a beneficiary answers from a one-tap link (or on a tablet at the branch), the
/// administrators' survey definitions, and satisfaction figures: in aggregate for quality and
/// management, and each staff member's own.
struct SurveyController {
    /// Who reads satisfaction in aggregate.
    static let resultReaders: Set<Role> = [.admin, .quality]
    /// Who may hand the branch tablet to a beneficiary.
    static let tabletHolders: Set<Role> = [.admin, .relations, .delivery]

    // MARK: The public survey

    private func invitation(_ request: Request) async throws -> (SurveyInvitation, Survey?, String) {
        guard let token = request.parameter(.token), token.count >= 20, token.count <= 100,
            let invitation = try await SurveyRepository(database: request.db).invitation(tokenHash: Tokens.hash(token))
        else {
            throw Abort(.notFound)
        }
        return (invitation, try await SurveyRepository(database: request.db).active(for: invitation.scope), token)
    }

    func show(_ request: Request) async throws -> Response {
        let (invitation, survey, token) = try await invitation(request)
        if let problem = SurveyRules.check(
            expiresAt: invitation.expiresAt, answeredAt: invitation.answeredAt, now: request.now)
        {
            return closed(request, problem)
        }
        return render(request, survey: survey, token: token, values: [:], comment: "", errors: [], status: .ok)
    }

    func answer(_ request: Request) async throws -> Response {
        let (invitation, survey, token) = try await invitation(request)
        if let problem = SurveyRules.check(
            expiresAt: invitation.expiresAt, answeredAt: invitation.answeredAt, now: request.now)
        {
            return closed(request, problem)
        }
        let strings = request.strings
        func score(_ field: String) -> Int? {
            ((try? request.content.get(String.self, at: field)).map(Digits.latinized)).flatMap { Int($0) }
        }
        let questions = survey?.questions ?? []
        let comment = ((try? request.content.get(String.self, at: "comment")) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let answer = SurveyAnswer(
            rating: score("rating") ?? 0, answers: questions.indices.map { score("q\($0)") }, comment: comment)
        var values = ["rating": answer.rating == 0 ? "" : String(answer.rating)]
        for (index, value) in answer.answers.enumerated() { values["q\(index)"] = value.map(String.init) ?? "" }
        if let problem = SurveyRules.validate(answer, questionCount: questions.count) {
            let error: FieldError
            switch problem {
            case .commentTooLong:
                error = FieldError(
                    field: "comment", message: strings.format(.fieldTooLong, ["maximum": strings.number(1000)]))
            case .answerOutOfRange: error = FieldError(field: "q0", message: strings[.surveyRatingRequired])
            default: error = FieldError(field: "rating", message: strings[.surveyRatingRequired])
            }
            return render(
                request, survey: survey, token: token, values: values, comment: comment, errors: [error],
                status: .unprocessableEntity)
        }
        let now = request.now
        let via = request.staff == nil ? "link" : "branch"
        let saved = try await request.audited(
            action: .surveyAnswer, recordType: .surveyInvitation, recordID: invitation.id.uuidString,
            summary: "answered via \(via)"
        ) { db in
            try await SurveyRepository(database: db).answer(
                invitationID: invitation.id, surveyID: survey?.id, answer: answer, via: via, at: now)
        }
        guard saved else { return closed(request, .alreadyAnswered) }
        let context = PageContext(request: request)
        return .html(
            Layout.render(
                title: strings[.surveyThanksTitle], context: context,
                content: .group(
                    .h1(.text(strings[.surveyThanksTitle])),
                    .p(.text(strings[.surveyThanks]))
                )))
    }

    private func closed(_ request: Request, _ problem: SurveyProblem) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let message = problem == .expired ? strings[.surveyExpired] : strings[.surveyAlreadyAnswered]
        let response = Response.html(
            Layout.render(
                title: strings[.surveyTitle], context: context,
                content: .group(
                    .h1(.text(strings[.surveyTitle])),
                    .p(.class("alert"), .attribute(named: "role", value: "status"), .text(message))
                )))
        response.status = problem == .expired ? .gone : .conflict
        return response
    }

    private func render(
        _ request: Request, survey: Survey?, token: String, values: [String: String], comment: String,
        errors: [FieldError], status: HTTPStatus
    ) -> Response {
        let context = PageContext(request: request)
        let strings = context.strings
        let title =
            survey.map { context.language == .arabic ? $0.titleArabic : $0.titleEnglish } ?? strings[.surveyTitle]
        let response = Response.html(
            Layout.render(
                title: title, context: context,
                content: .group(
                    .h1(.text(title)),
                    .p(.text(strings[.surveyIntro])),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post), .action(PublicURL.survey(token).path),
                        Layout.csrfField(context.csrfToken),
                        Self.scale(
                            name: "rating", legend: strings[.surveyOverall], selected: values["rating"], errors: errors,
                            strings: strings),
                        .forEach(Array((survey?.questions ?? []).enumerated())) { index, question in
                            Self.scale(
                                name: "q\(index)",
                                legend: context.language == .arabic ? question.arabic : question.english,
                                selected: values["q\(index)"], errors: errors, strings: strings)
                        },
                        FormFields.textArea(
                            name: "comment", label: strings[.surveyComment], value: comment, errors: errors, rows: 3),
                        .button(.type(.submit), .text(strings[.send])))
                )))
        response.status = status
        return response
    }

    /// Five large radio buttons in a fieldset: one tap on a phone, no script.
    static func scale<Context: HTML.BodyContext>(
        name: String, legend: String, selected: String?, errors: [FieldError], strings: Strings
    ) -> Node<Context> {
        let error = errors.first { $0.field == name }
        let labels: [Key] = [.surveyScale1, .surveyScale2, .surveyScale3, .surveyScale4, .surveyScale5]
        return .element(
            named: "fieldset",
            nodes: [
                .class(error == nil ? "field scale" : "field scale field-invalid"), .id(name),
                .element(named: "legend", text: legend),
                .unwrap(error) { .p(.class("error"), .text($0.message)) },
                .forEach(Array(labels.enumerated())) { index, key in
                    scaleOption(
                        name: name, value: String(index + 1), label: strings.number(index + 1) + " — " + strings[key],
                        selected: selected)
                },
            ])
    }

    private static func scaleOption<Context: HTML.BodyContext>(
        name: String, value: String, label: String, selected: String?
    ) -> Node<Context> {
        var attributes: [Attribute<HTML.InputContext>] = [
            .type(.radio), .name(name), .value(AttributeText.escaped(value)),
        ]
        if selected == value { attributes.append(.checked(true)) }
        let input: Node<HTML.LabelContext> = .element(named: "input", attributes: attributes)
        return .label(.class("scale-option"), input, .text(" " + label))
    }

    /// Staff hand the branch tablet to the beneficiary: a fresh invitation, answered there and then.
    func atBranch(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.requestID, as: UUID.self),
            let supportRequest = try await RequestRepository(database: request.db).find(id: id),
            let beneficiary = try await BeneficiaryRepository(database: request.db).find(
                id: supportRequest.beneficiaryID)
        else { throw Abort(.notFound) }
        // Only a completed service is rated, and only once: a second tablet survey would count one
        // family's opinion twice.
        guard supportRequest.status == .completed else {
            throw UserFacingRefusal(status: .conflict, message: request.strings[.surveyNotYet])
        }
        if try await SurveyRepository(database: request.db).invitations(subjectID: supportRequest.id).contains(where: {
            $0.answeredAt != nil
        }) {
            throw UserFacingRefusal(status: .conflict, message: request.strings[.surveyAlreadyAnswered])
        }
        let configuration = request.manarat.configuration
        let now = request.now
        let staffID = request.staff?.id
        let subject = SurveyInviter.Subject(
            scope: .service(supportRequest.decision?.service ?? .cash), kind: "request", id: supportRequest.id,
            reference: supportRequest.reference, branchID: supportRequest.branchID,
            channel: supportRequest.channel.rawValue, staffID: staffID)
        let token = try await request.audited(
            action: .surveyAtBranch, recordType: .request, recordID: id.uuidString,
            summary: "survey handed over at the branch"
        ) { db in
            try await SurveyInviter(database: db, configuration: configuration, now: now).invite(
                beneficiary, about: subject, notify: false, channel: "branch")
        }
        guard let token else { throw Abort(.conflict) }
        return request.redirect(to: PublicURL.survey(token).path, redirectType: .normal)
    }
}
