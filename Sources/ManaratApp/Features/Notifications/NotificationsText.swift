import ManaratDomain

/// The notification pages' words (the outbox, templates, the message log, the inbox and its
/// settings), Arabic and English side by side. A placeholder is a parameter, so a text missing a
/// language or a value does not compile.
struct NotificationsText: BilingualText {
    /// The interface's shared strings, for numbers and the texts other pages use too.
    let strings: Strings

    var inboxOpen: String { text("فتح", "Open") }
    var messageText: String { text("النص", "Text") }
    var messagesExplain: String {
        text(
            "الرسائل النصية التي أعدها النظام. إلى أن تُربط بوابة الرسائل، تظهر هنا للمشرفين فقط.",
            "Text messages the system prepared. Until an SMS gateway is connected, they appear here for administrators only."
        )
    }
    var notificationChannelInvalid: String { text("اختر قناة من القائمة.", "Choose a channel from the list.") }
    var notificationChannelLabel: String { text("القناة", "Channel") }
    var notificationInboxOnly: String { text("البوابة فقط", "The portal only") }
    var notificationOptOut: String {
        text("لا أريد الرسائل غير الضرورية (التذكيرات)", "I do not want non-essential messages (reminders)")
    }
    var notificationSettingsExplain: String {
        text(
            "تصلك الإشعارات في البوابة دائمًا، وبالقناة التي تختارها. رموز الدخول والقرارات وطلبات المستندات تصلك دائمًا لأنها ضرورية.",
            "Notifications always reach your portal inbox, and the channel you choose. Sign-in codes, decisions and requests for documents always reach you, as they are essential."
        )
    }
    var outboxAddress: String { text("العنوان", "Address") }
    var outboxAll: String { text("الكل", "All") }
    var outboxAttempts: String { text("المحاولات", "Attempts") }
    var outboxEvent: String { text("المناسبة", "Event") }
    var outboxExplain: String {
        text(
            "كل رسالة تُكتب هنا مع التغيير الذي سببها، ثم يرسلها العامل مرة واحدة. الرسائل المتعثرة تُعاد تلقائيًا بمهلة متزايدة، ويمكن إعادة إرسال ما فشل نهائيًا.",
            "Every message is written here with the change that caused it, then the worker sends it once. Failed sends are retried with growing waits; a message that failed for good can be sent again."
        )
    }
    var outboxFilter: String { text("تصفية حسب الحالة", "Filter by status") }
    var outboxProviderAnswer: String { text("رد المزوّد", "Provider's answer") }
    var outboxResend: String { text("إعادة الإرسال", "Send again") }
    var outboxStatusLabel: String { text("الحالة", "Status") }
    var templateBody: String { text("نص الرسالة", "Message text") }
    var templateCustom: String { text("(نص معدّل)", "(edited wording)") }
    var templateDefault: String { text("(النص الافتراضي)", "(default wording)") }
    func templatePlaceholders(_ names: [String]) -> String {
        let names = strings.list(names.map { "{{\($0)}}" })
        return text("الكلمات المتاحة: \(names)", "Placeholders offered: \(names)")
    }
    var templateSubject: String { text("العنوان", "Subject") }
    var templateWhatsAppName: String { text("اسم القالب المعتمد في واتساب", "Approved WhatsApp template name") }
    var templatesExplain: String {
        text(
            "نص كل إشعار لكل قناة ولغة. الكلمات بين {{ }} تُستبدل عند الإرسال؛ ويُرفض الحفظ إذا استُخدمت كلمة غير معروفة.",
            "The wording of each notification per channel and language. Words between {{ }} are filled in when sending; saving is refused if an unknown one is used."
        )
    }
    func templateUnknownPlaceholder(_ names: [String]) -> String {
        let names = strings.list(names.map { "{{\($0)}}" })
        return text(
            "كلمات غير معروفة في النص: \(names). استخدم الكلمات المتاحة فقط.",
            "Unknown placeholders in the text: \(names). Use only the ones offered.")
    }
    func templateLength(units: Int, encoding: String, parts: Int) -> String {
        let count = strings.count(units, of: .smsUnits)
        return text(
            "الطول دون القيم: \(count) (\(encoding))، وعدد أجزاء الرسالة القصيرة: \(strings.number(parts)). العربية ٧٠ حرفًا للرسالة الواحدة و٦٧ لكل جزء عند التقسيم.",
            "Length without the values: \(count) (\(encoding)); SMS parts: \(parts). Arabic fits 70 characters in one message, 67 per part when split."
        )
    }

    /// A template problem's message.
    func problem(_ problem: TemplateProblem) -> String {
        switch problem {
        case .bodyMissing: return strings.format(.fieldRequiredNamed, ["field": templateBody])
        case .unknownPlaceholders(let names): return templateUnknownPlaceholder(names)
        case .subjectTooLong:
            return strings.format(.fieldTooLong, ["maximum": strings.number(TemplateForm.subjectLimit)])
        }
    }

    /// A settings problem's message.
    func problem(_ problem: NotificationSettingsProblem) -> String {
        switch problem {
        case .channel: return notificationChannelInvalid
        case .email: return strings[.emailInvalid]
        }
    }
}
