import ManaratDomain

/// The support request pages' words, Arabic and English side by side.
struct RequestText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var uploadEmpty: String { text("اختر ملفًا لرفعه.", "Choose a file to upload.") }
    func uploadTooLarge(megabytes: Int) -> String {
        let size = strings.number(megabytes)
        return text("الملف أكبر من \(size) ميجابايت.", "The file is larger than \(size) MB.")
    }
    var uploadWrongFormat: String {
        text("نقبل ملفات PDF وصور JPEG وPNG فقط.", "We accept PDF files and JPEG or PNG images only.")
    }
    var uploadNotPDF: String {
        text("الملف ليس PDF مع أن اسمه يدل على ذلك.", "The file is not a PDF, although its name ends in .pdf.")
    }
    var uploadNotJPEG: String {
        text("الملف ليس صورة JPEG مع أن اسمه يدل على ذلك.", "The file is not a JPEG image, although its name says so.")
    }
    var uploadNotPNG: String {
        text(
            "الملف ليس صورة PNG مع أن اسمه يدل على ذلك.", "The file is not a PNG image, although its name ends in .png."
        )
    }
    var uploadHint: String {
        text(
            "PDF أو صورة JPEG أو PNG، حتى ١٠ ميجابايت. يمكن التصوير بالجوال مباشرة.",
            "PDF, JPEG or PNG, up to 10 MB. You can take a photo with the phone.")
    }
    var requestsTitle: String { text("طلبات الدعم", "Support requests") }
    var requestsOpen: String { text("المفتوحة", "Open") }
    var requestsOverdue: String { text("المتأخرة", "Overdue") }
    var requestsDueSoon: String { text("المستحقة خلال ٣ أيام عمل", "Due in 3 working days") }
    var requestsMine: String { text("المحالة إليّ", "Referred to me") }
    var requestsDelivery: String { text("للتنفيذ", "For delivery") }
    var requestsAll: String { text("الكل", "All") }
    var waitingOnApplicant: String { text("بانتظار المستفيد", "Waiting on the applicant") }
    var typeNotEligible: String {
        text(
            "فئات المستفيد لا تشمل هذا النوع من الطلبات.",
            "The beneficiary's categories are not eligible for this request type.")
    }
    var requestNewTitle: String { text("طلب دعم جديد", "New support request") }
    var requestChooseType: String { text("اختر نوع الطلب", "Choose the request type") }
    var requestChannel: String { text("قناة الطلب", "Channel") }
    var requestDetails: String { text("وصف الطلب", "What is requested") }
    var requestDraftExplain: String {
        text(
            "يُحفظ الطلب مسودة، ثم تُرفع مستنداته ويوقّع المستفيد الإقرار ويُقدَّم.",
            "The request is saved as a draft; then its documents are uploaded, the applicant signs the attestation, and it is submitted."
        )
    }
    var createDraft: String { text("حفظ المسودة", "Save the draft") }
    var requestClosed: String {
        text("الطلب مغلق ولا يقبل مستندات جديدة.", "The request is closed and accepts no new documents.")
    }
    var attestationConfirmRequired: String {
        text("أكّد أن المستفيد أقر بصحة البيانات.", "Confirm that the applicant attested that the data is correct.")
    }
    var signedFormRequired: String { text("ارفع صورة الإقرار الموقّع.", "Upload the scan of the signed attestation.") }
    var alreadyAttested: String { text("سُجّل الإقرار من قبل.", "The attestation was already recorded.") }
    var notYourResearch: String {
        text(
            "تقرير البحث يكتبه الباحث المحال إليه الطلب أثناء البحث.",
            "The research report is written by the researcher the request was referred to, during research.")
    }
    var withdrawReasonRequired: String { text("اكتب سبب الإلغاء.", "Write why the request is withdrawn.") }
    var attestationMissing: String {
        text(
            "لا يُرفع الطلب إلى اللجنة قبل إقرار المستفيد بصحة البيانات.",
            "A request does not go to the committee before the applicant's attestation.")
    }
    var documentsIncomplete: String {
        text(
            "المستندات غير مكتملة أو غير سارية وقت التقديم.",
            "The documents are incomplete or were not valid on the submission date.")
    }
    var researchReportMissing: String {
        text(
            "لا يُرفع الطلب المحال للبحث قبل تقرير الباحث.",
            "A request in research does not go to the committee before the research report.")
    }
    var requestChangedBySomeoneElse: String {
        text(
            "عدّل شخص آخر هذا الطلب بعد أن فتحته. راجع آخر حالة ثم أعد المحاولة؛ لم يُكتب شيء فوق تعديله.",
            "Someone else changed this request after you opened it. Check its latest state and try again; nothing was written over their change."
        )
    }
    var conflictOwnRequest: String {
        text(
            "لا يمكنك العمل على طلبك أنت. سُجّل التنحي.", "You cannot act on your own request. The recusal was recorded.")
    }
    var conflictRelative: String {
        text(
            "لا يمكنك العمل على هذا الطلب لأن المستفيد أو أحد أفراد أسرته من أقاربك المفصح عنهم. سُجّل التنحي.",
            "You cannot act on this request: the applicant or a member of their household is a relative you declared. The recusal was recorded."
        )
    }
    var notSubmittedYet: String { text("لم يُقدَّم بعد", "Not submitted yet") }
    var whatIsMissing: String { text("ما ينقص الطلب", "What the request is missing") }
    var noDocuments: String { text("لم يُرفع أي مستند بعد.", "No documents uploaded yet.") }
    var documentFile: String { text("الملف", "File") }
    var issuedOn: String { text("تاريخ الإصدار", "Issue date") }
    var expiredAtSubmission: String { text("منتهي وقت التقديم", "Expired at submission") }
    var uploadDocument: String { text("رفع مستند", "Upload a document") }
    var attestationTitle: String { text("الإقرار بصحة البيانات", "Attestation") }
    var attestationText: String {
        text(
            "«أقر بأن جميع البيانات المقدمة صحيحة وأتحمل المسؤولية المباشرة عن صحتها»",
            "\"I declare that all the data submitted is correct and I bear direct responsibility for its correctness\"")
    }
    func attestedOn(date: String, channel: String, version: String) -> String {
        text(
            "أقر المستفيد في \(date) عبر: \(channel) (نص الإقرار \(version)).",
            "The applicant attested on \(date) via \(channel) (attestation text \(version)).")
    }
    var attestationConfirm: String {
        text("قرأ المستفيد نص الإقرار ووقّعه", "The applicant read and signed the attestation")
    }
    var signedFormLabel: String { text("صورة الإقرار الموقّع", "Scan of the signed attestation") }
    var signedFormHint: String {
        text(
            "اطبع الإقرار، ووقّعه المستفيد، ثم صوّره وارفعه.",
            "Print the attestation, have the applicant sign it, then scan or photograph it and upload it.")
    }
    var recordAttestation: String { text("تسجيل الإقرار", "Record the attestation") }
    var submitExplain: String {
        text(
            "عند التقديم يُحدَّد موعد الرد المتوقع، ويُسجَّل الطلب مكتملًا إن اكتملت مستنداته، وإلا يبقى بانتظار المستفيد مع بيان ما ينقصه.",
            "On submission the expected response date is set; the request is registered if its documents are complete, otherwise it waits on the applicant with the list of what is missing."
        )
    }
    var submitRequest: String { text("تقديم الطلب", "Submit the request") }
    var chooseResearcher: String { text("الباحث الاجتماعي", "Social researcher") }
    func researcherWorkload(name: String, count: Int) -> String {
        let count = strings.number(count)
        return text("\(name) (قيد البحث: \(count))", "\(name) (\(count) in research)")
    }
    var referralNote: String { text("ملاحظة للباحث", "Note for the researcher") }
    var sendToCommittee: String { text("رفع الطلب إلى لجنة البحث", "Send to the research committee") }
    var committeeNeeds: String {
        text(
            "يُرفع الطلب إلى اللجنة بعد اكتمال مستنداته وإقرار المستفيد، وبعد تقرير الباحث إن أُحيل للبحث.",
            "A request goes to the committee once its documents are complete and attested, and after the research report if it was referred."
        )
    }
    var withdrawRequest: String { text("إلغاء الطلب", "Withdraw the request") }
    var withdrawReason: String { text("سبب الإلغاء", "Why it is withdrawn") }
    var nextSteps: String { text("الخطوة التالية", "Next step") }
    var researchTitle: String { text("البحث الاجتماعي", "Social research") }
    var researchFindings: String { text("ما وجده الباحث", "Findings") }
    var householdSituation: String { text("وضع الأسرة كما تحقق منه الباحث", "The household situation as verified") }
    var researchKindLabel: String { text("نوع البحث", "Kind of research") }
    var visitedOn: String { text("تاريخ الزيارة أو التقييم", "Date of the visit or assessment") }
    var researchPhotosHint: String {
        text(
            "يمكن رفع صور الزيارة من قسم المستندات (نوع: صورة من الزيارة).",
            "Visit photos can be uploaded in the documents section (kind: visit photo).")
    }
    var saveResearchReport: String { text("حفظ تقرير البحث", "Save the research report") }
    var openMeeting: String { text("فتح محضر الاجتماع", "Open the meeting") }
    var requestHistory: String { text("مسار الطلب", "Request history") }
    var instalment: String { text("الدفعة", "Instalment") }
    var delivered: String { text("سُلّمت", "Delivered") }
    var paymentReference: String { text("مرجع التحويل أو الشيك", "Transfer or cheque reference") }
    var acknowledgementHint: String {
        text(
            "مثل: استلمت المبلغ كاملًا — أو رقم إيصال الاستلام الموقّع",
            "Such as: received in full — or the number of the signed receipt")
    }
    var acknowledgementRequired: String {
        text("سجّل إقرار المستفيد بالاستلام.", "Record the beneficiary's acknowledgement of receipt.")
    }
    var markDelivered: String { text("تم التسليم", "Mark delivered") }
    var scheduleDelivery: String { text("جدولة تقديم الخدمة", "Schedule the service") }
    var paymentMethodLabel: String { text("طريقة الصرف", "Payment method") }
    var referralTo: String { text("الجهة المحال إليها والغرض", "Organization referred to, and for what") }
    var referralRequired: String { text("اكتب الجهة المحال إليها.", "Enter the organization referred to.") }
    var instalmentCount: String { text("عدد الدفعات", "Number of instalments") }
    var instalmentHint: String {
        text(
            "١ لدفعة واحدة، أو مثلًا ٦ لدعم شهري ستة أشهر",
            "1 for a single payment, or for example 6 for six months of monthly aid")
    }
    var firstDue: String { text("تاريخ أول دفعة", "First due date") }
    var deliveriesOutstanding: String {
        text("لم تُسلّم كل الدفعات بعد.", "Not every instalment has been delivered yet.")
    }
    var completeRequest: String { text("إقفال الطلب بعد اكتمال التنفيذ", "Close the request: delivery complete") }
    var portalApplyIntro: String {
        text(
            "اختر نوع الدعم. ستجد شروطه والمستندات المطلوبة قبل أن تبدأ.",
            "Choose the kind of support. You will see its conditions and documents before you start.")
    }
    var portalDraftExplain: String {
        text(
            "يُحفظ طلبك مسودة بعد هذه الخطوة، فلا يضيع ما كتبته إن انقطع الاتصال. بعدها ترفع المستندات وتقر بصحة البيانات.",
            "Your request is saved as a draft after this step, so nothing is lost if the connection drops. Then you upload documents and confirm the data."
        )
    }
    var portalContinue: String { text("حفظ ومتابعة", "Save and continue") }
    var portalClockPaused: String {
        text(
            "المدة متوقفة حتى تكتمل مستنداتك، فيتأخر الموعد ما دامت ناقصة، وتستأنف عند رفعها.",
            "The clock is paused until your documents are complete; it resumes when you upload them.")
    }
    var portalAttestCheckbox: String {
        text(
            "أقر بأن جميع البيانات المقدمة صحيحة وأتحمل المسؤولية المباشرة عن صحتها",
            "I declare that all the data submitted is correct and I bear direct responsibility for its correctness")
    }
    var portalAttestRequired: String {
        text("يلزم الإقرار بصحة البيانات قبل تقديم الطلب.", "You must confirm the data is correct before submitting.")
    }
    var portalSubmitExplain: String {
        text(
            "عند التقديم تحصل على رقم الطلب وموعد الرد المتوقع.",
            "When you submit you get the reference number and the expected response date.")
    }
    var portalRateTitle: String { text("قيّم الخدمة", "Rate the service") }
    var portalRateQuestion: String { text("ما مدى رضاك عن الخدمة؟", "How satisfied are you with the service?") }
    var portalRatingInvalid: String {
        text("اختر تقييمًا من ١ إلى ٥ بعد تسلّم الخدمة.", "Choose a rating from 1 to 5 once the service was delivered.")
    }
    var portalAlreadyRated: String { text("قيّمت هذه الخدمة من قبل.", "You already rated this service.") }
    var identityOnDocument: String { text("رقم الهوية المدون في المستند", "Identity number printed on the document") }
    var identityOnDocumentHint: String {
        text(
            "لصورة الهوية: يُطابق مع رقم الهوية في ملف المستفيد.",
            "For an ID copy: it is matched against the number on the beneficiary's file.")
    }
    func instalmentsExceedApproved(approved: Money, total: Money) -> String {
        let (approved, total) = (strings.money(approved), strings.money(total))
        return text(
            "مجموع الدفعات (\(total)) أكبر من المبلغ المعتمد (\(approved)).",
            "The instalments add up to \(total), more than the \(approved) approved.")
    }
    var alreadyScheduled: String { text("جُدولت الخدمة من قبل.", "The service was already scheduled.") }
    var amountPerInstalment: String { text("المبلغ لكل دفعة", "Amount per instalment") }
    var amountPerInstalmentHint: String {
        text(
            "بالريال؛ مجموع الدفعات لا يتجاوز المبلغ المعتمد",
            "In riyals; the instalments together may not exceed the approved amount")
    }
    var expiryDate: String { text("تاريخ الانتهاء", "Expiry date") }
    var kilobytes: String { text("ك.ب", "KB") }
    func decidedOn(date: String) -> String {
        text("قُرر في \(date)", "decided on \(date)")
    }
    var portalSaveDraft: String { text("حفظ وإكمال لاحقًا", "Save and finish later") }
    var portalEditDraft: String { text("تعديل بيانات الطلب", "Edit the application") }
    var requestSearchHint: String {
        text("بكلمة من وصف الطلب أو رقمه المرجعي", "By a word of the request's description or its reference")
    }
    var identityOnDocumentRequired: String {
        text("اكتب رقم الهوية كما هو مدون في الصورة.", "Type the identity number as it appears on the copy.")
    }
    var portalIdentityOnDocumentHint: String {
        text(
            "لصورة الهوية فقط: اكتب الرقم المدون فيها ليُطابق مع رقم هويتك.",
            "For an identity copy only: type the number on it so it is matched with your identity number.")
    }
    var researchNeedsUpdated: String { text("تقدير الحاجة المحدَّث", "Updated needs assessment") }
    func researchNeedsScore(score: Int, level: String) -> String {
        let score = strings.number(score)
        return text("\(score) من ١٠٠ — أولوية \(level)", "\(score) of 100 — \(level) priority")
    }
    var researchNeedsHint: String {
        text(
            "عُبّئ من بيانات الأسرة في الملف؛ صحّحه بما تحققت منه في الزيارة، ويُحفظ تقديرًا جديدًا في ملف المستفيد.",
            "Filled from the household on file; correct it with what the visit verified. It is saved as a new assessment in the beneficiary's file."
        )
    }
    var recommendedQuantity: String { text("الكمية الموصى بها", "Recommended quantity") }
    var recommendedQuantityHint: String {
        text("للمساعدة العينية، مثل: سلتان غذائيتان شهريًا", "For in-kind help, such as: two food baskets a month")
    }
    var paymentMethodRequired: String {
        text(
            "اختر طريقة الصرف: تحويل بنكي أو شيك أو بطاقة.",
            "Choose how the cash is paid: bank transfer, cheque or card.")
    }
    func clockPausedSince(since: String, date: String) -> String {
        text(
            "الوقت متوقف منذ \(since) بانتظار ما ينقص من مقدم الطلب؛ إن وصل اليوم فموعد الرد المتوقع \(date).",
            "The clock has been stopped since \(since), waiting for what is missing from the applicant; if it arrives today, the answer is expected by \(date)."
        )
    }
    var requestEditTitle: String { text("استكمال بيانات الطلب", "Complete the request's data") }
    var requestEditLink: String {
        text("تعديل بيانات الطلب أو استكمال الحقول الناقصة", "Edit the request's data or fill in missing fields")
    }
    var portalSubmittedTitle: String { text("وصل طلبك.", "Your request has arrived.") }
    var portalSubmittedReference: String { text("رقمه المرجعي", "Its reference number is") }
    var portalSubmittedKeep: String {
        text(
            "، احتفظ به لمتابعته. سنرسل لك رسالة عند كل خطوة.",
            ". Keep it to follow the request; we will message you at each step.")
    }
    var scheduleVisit: String { text("تحديد موعد الزيارة المنزلية", "Schedule the home visit") }
    var visitDay: String { text("يوم الزيارة", "Day of the visit") }
    var visitDayInPast: String { text("اختر يومًا من اليوم فصاعدًا.", "Choose today or a later day.") }
    func visitOn(date: String) -> String {
        text("الزيارة يوم \(date)", "Visit on \(date)")
    }
    var ibanLabel: String { text("رقم الآيبان (للتحويل البنكي)", "IBAN (for a bank transfer)") }
    var ibanHint: String {
        text(
            "كما في خطاب الآيبان: ٢٤ خانة تبدأ بـ SA، مثل SA03 8000 0000 6080 1016 7519",
            "As on the IBAN letter: 24 characters starting with SA, such as SA03 8000 0000 6080 1016 7519")
    }
    var ibanRequired: String {
        text("أدخل رقم الآيبان الذي يُحوَّل إليه المبلغ.", "Enter the IBAN the amount is transferred to.")
    }
    var ibanNotSaudi: String {
        text(
            "رقم الآيبان السعودي ٢٤ خانة تبدأ بـ SA ثم رقمين.",
            "A Saudi IBAN has 24 characters: SA and two digits, then the bank and account number.")
    }
    var ibanChecksumFailed: String {
        text(
            "رقم الآيبان غير صحيح: راجع الخانات مع خطاب الآيبان.",
            "This IBAN is not valid: check each character against the IBAN letter.")
    }
    var ibanShort: String { text("الآيبان", "IBAN") }

    /// A problem's message; `portal` for the applicant's own pages, which name the field.
    func problem(_ problem: RequestProblem, portal: Bool = false) -> String {
        switch problem {
        case .detailsMissing:
            return portal
                ? strings.format(.fieldRequiredNamed, ["field": requestDetails]) : strings[.fieldRequired]
        case .detailsMissingToSubmit: return strings.format(.fieldRequiredNamed, ["field": requestDetails])
        case .amountRequestedInvalid, .recommendedAmountInvalid, .deliveryAmountInvalid: return strings[.amountInvalid]
        case .typeNotEligible: return typeNotEligible
        case .changedBySomeoneElse: return strings[.changedBySomeoneElse]
        case .staleRequest: return requestChangedBySomeoneElse
        case .requestClosed: return requestClosed
        case .issuedOn(let error), .expiresOn(let error), .visitedOn(let error), .visitOn(let error),
            .firstDue(let error):
            return DateInputMessages.message(for: error, strings: strings)
        case .expiryBeforeIssue: return strings[.endBeforeStart]
        case .identityOnDocumentMissing: return identityOnDocumentRequired
        case .identityOnDocument(let problem): return IdentityMessages.message(problem, strings: strings)
        case .upload(_, let refusal): return Uploads.message(refusal, strings: strings)
        case .attestationUnconfirmed: return attestationConfirmRequired
        case .signedFormMissing: return signedFormRequired
        case .alreadyAttested: return alreadyAttested
        case .portalAttestationUnconfirmed: return portalAttestRequired
        case .notYourResearch: return notYourResearch
        case .visitedOnMissing, .findingsMissing, .visitOnMissing: return strings[.fieldRequired]
        case .visitedInFuture: return strings[.dateInFuture]
        case .needs(let problem): return NeedsText(strings: strings).problem(problem)
        case .visitDayInPast: return visitDayInPast
        case .researcherRequired: return strings[.researcherRequired]
        case .withdrawReasonRequired: return withdrawReasonRequired
        case .transition(let refusal):
            switch refusal {
            case .notAllowed: return strings[.actionNotAllowedNow]
            case .attestationMissing: return attestationMissing
            case .documentsIncomplete: return documentsIncomplete
            case .researchReportMissing: return researchReportMissing
            }
        case .conflict(let reason):
            switch reason {
            case .ownRequest: return conflictOwnRequest
            case .relativeIsApplicant, .relativeInHousehold: return conflictRelative
            }
        case .notDeliverableNow: return strings[.actionNotAllowedNow]
        case .paymentMethodRequired: return paymentMethodRequired
        case .iban(.empty): return ibanRequired
        case .iban(.notSaudi): return ibanNotSaudi
        case .iban(.checksumFailed): return ibanChecksumFailed
        case .itemsRequired: return strings[.itemsRequired]
        case .referralRequired: return referralRequired
        case .instalmentsInvalid:
            return strings.format(
                .countInvalid,
                [
                    "minimum": strings.number(DeliveryScheduleForm.instalmentRange.lowerBound),
                    "maximum": strings.number(DeliveryScheduleForm.instalmentRange.upperBound),
                ])
        case .instalmentsExceedApproved(let approved, let total):
            return instalmentsExceedApproved(approved: approved, total: total)
        case .alreadyScheduled: return alreadyScheduled
        case .acknowledgementRequired: return acknowledgementRequired
        case .deliveriesOutstanding: return deliveriesOutstanding
        case .ratingInvalid: return portalRatingInvalid
        case .alreadyRated: return portalAlreadyRated
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [RequestProblem], portal: Bool = false) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0, portal: portal)) }
    }
}
