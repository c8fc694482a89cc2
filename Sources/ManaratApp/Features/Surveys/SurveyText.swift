import ManaratDomain

/// The survey pages' words. Their texts still live in the shared catalogs, which these pages
/// share with others; this type says each problem, count and composed title.
struct SurveyText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var surveyTitle: String { text("تقييم الخدمة", "Rate the service") }
    var surveyIntro: String {
        text(
            "التقييم حق لك، ونستخدمه لتحسين خدماتنا لا لمحاسبة أحد. لا نعرض اسمك مع تعليقك.",
            "Rating is your right; we use it to improve our services, never to punish anyone. Your name is never shown with your comment."
        )
    }
    var surveyOverall: String { text("رضاك عن الخدمة بوجه عام", "Your overall satisfaction") }
    var surveyComment: String { text("تعليق (اختياري)", "Comment (optional)") }
    var surveyRatingRequired: String { text("اختر تقييمًا من ١ إلى ٥.", "Choose a rating from 1 to 5.") }
    var surveyScale2: String { text("غير راضٍ", "Dissatisfied") }
    var surveyScale3: String { text("محايد", "Neutral") }
    var surveyScale4: String { text("راضٍ", "Satisfied") }
    var surveyScale5: String { text("راضٍ جدًا", "Very satisfied") }
    var surveyThanksTitle: String { text("شكرًا لك", "Thank you") }
    var surveyThanks: String {
        text(
            "وصل تقييمك. نقرأ كل التقييمات لنحسّن خدماتنا.",
            "Your rating has arrived. We read every rating to improve our services.")
    }
    var surveyExpired: String {
        text(
            "انتهت صلاحية رابط التقييم (١٤ يومًا). يمكنك إبداء رأيك من صفحة الاقتراحات.",
            "This survey link has expired (14 days). You can still share your opinion on the suggestions page.")
    }
    var surveyAlreadyAnswered: String {
        text(
            "سبق أن قُيّمت هذه الخدمة بهذا الرابط. شكرًا لك.", "This service was already rated with this link. Thank you.")
    }
    var surveysExplain: String {
        text(
            "لكل نوع خدمة وللاستفسارات استبانة: تقييم عام من ١ إلى ٥ وأسئلة قليلة وتعليق. تُرسل بعد كل خدمة مقدمة وكل استفسار مُجاب.",
            "One survey per kind of service and for inquiries: an overall 1–5 rating, a few questions and a comment, sent after each delivered service and answered inquiry."
        )
    }
    var surveyDefault: String {
        text("الاستبانة الافتراضية: تقييم عام وتعليق", "Default survey: overall rating and a comment")
    }
    func surveyQuestionCount(count: String) -> String {
        text("\(count) سؤال", "\(count) question(s)")
    }
    var surveyTitleArabic: String { text("العنوان بالعربية", "Title in Arabic") }
    var surveyTitleEnglish: String { text("العنوان بالإنجليزية", "Title in English") }
    var surveyQuestions: String { text("الأسئلة", "Questions") }
    var surveyQuestionsHint: String {
        text(
            "سطر لكل سؤال: السؤال بالعربية | السؤال بالإنجليزية. خمسة أسئلة على الأكثر.",
            "One line per question: Arabic | English. Five at most.")
    }
    var surveyQuestionsInvalid: String {
        text("كل سطر: السؤال بالعربية | السؤال بالإنجليزية.", "Each line: the Arabic question | the English question.")
    }
    func surveyTooManyQuestions(count: String) -> String {
        text(
            "\(count) أسئلة على الأكثر، لتبقى الاستبانة قصيرة على الجوال.",
            "At most \(count) questions, so the survey stays short on a phone.")
    }
    var surveyActive: String { text("مفعّلة", "Active") }
    var surveyInvited: String { text("المدعوون", "Invited") }
    var surveyAnswered: String { text("المجيبون", "Answered") }
    var surveyResponseRate: String { text("نسبة الاستجابة", "Response rate") }
    var satisfactionExplain: String {
        text(
            "أرقام مجمّعة للتحسين لا للمحاسبة: لا أسماء ولا ترتيب للموظفين.",
            "Figures in aggregate, for improvement and never for punishment: no names and no ranking of employees.")
    }
    var satisfactionOverall: String { text("الإجمالي", "Overall") }
    var satisfactionByService: String { text("حسب الخدمة", "By service") }
    var satisfactionByBranch: String { text("حسب الفرع", "By branch") }
    var satisfactionByChannel: String { text("حسب القناة", "By channel") }
    var satisfactionByMonth: String { text("حسب الشهر", "By month") }
    var satisfactionComments: String { text("تعليقات المستفيدين", "Beneficiaries' comments") }
    var satisfactionCommentsExplain: String {
        text("آخر التعليقات، دون أسماء أصحابها.", "The latest comments, without who wrote them.")
    }
    var mySatisfactionExplain: String {
        text(
            "تقييمات الخدمات التي قدمتها والاستفسارات التي أجبت عنها. لا يراها غيرك وغير مديرك.",
            "Ratings of the services you delivered and the inquiries you answered. Only you and your manager see them.")
    }
    var surveyNotYet: String {
        text("لا يُقيَّم الطلب قبل اكتمال تقديم الخدمة.", "A request is rated only once its service is complete.")
    }

    /// The editor's title: "Surveys — Inquiries".
    func editorTitle(_ scope: SurveyScope) -> String {
        strings[.surveysTitle] + " — " + strings.surveyScope(scope)
    }

    /// A survey's title in the interface's language.
    func title(of survey: Survey) -> String {
        text(survey.titleArabic, survey.titleEnglish)
    }

    /// A question in the interface's language.
    func question(_ question: SurveyQuestion) -> String {
        text(question.arabic, question.english)
    }

    /// How many questions a survey asks besides the overall rating.
    func questionCount(_ count: Int) -> String {
        surveyQuestionCount(count: strings.number(count))
    }

    /// The label of point `value` (1–5) of the rating scale: "5 — Very satisfied".
    func scaleLabel(_ value: Int) -> String {
        let labels = [strings[.surveyScale1], surveyScale2, surveyScale3, surveyScale4, surveyScale5]
        return strings.number(value) + " — " + labels[min(max(value, 1), labels.count) - 1]
    }

    /// Why a survey link no longer takes an answer.
    func closed(expired: Bool) -> String {
        expired ? surveyExpired : surveyAlreadyAnswered
    }

    /// A problem's message.
    func problem(_ problem: SurveyFormProblem) -> String {
        switch problem {
        case .titleArabicMissing:
            return strings.format(.fieldRequiredNamed, ["field": surveyTitleArabic])
        case .titleEnglishMissing:
            return strings.format(.fieldRequiredNamed, ["field": surveyTitleEnglish])
        case .questionsInvalid: return surveyQuestionsInvalid
        case .tooManyQuestions:
            return surveyTooManyQuestions(count: strings.number(Survey.maximumQuestions))
        case .ratingMissing, .answerOutOfRange: return surveyRatingRequired
        case .commentTooLong:
            return strings.format(.fieldTooLong, ["maximum": strings.number(SurveyAnswerForm.longestComment)])
        case .notCompleted: return surveyNotYet
        case .alreadyRated: return surveyAlreadyAnswered
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [SurveyFormProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
