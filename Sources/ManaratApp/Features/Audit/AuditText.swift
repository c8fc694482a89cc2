import ManaratDomain

/// The audit log page's words, Arabic and English side by side.
struct AuditText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var auditActorUnknown: String { text("المنفّذ المختار غير معروف.", "The chosen actor is unknown.") }
    var auditAnyActor: String { text("الجميع", "Anyone") }
    var auditTitle: String { text("سجل التدقيق", "Audit log") }
    var auditExplain: String {
        text(
            "كل تغيير في النظام يُسجَّل هنا ولا يمكن تعديله أو حذفه؛ أي عبث به يكشفه التحقق من السلسلة.",
            "Every change in the system is recorded here and cannot be edited or deleted; any tampering is caught by the chain check."
        )
    }
    var auditActor: String { text("المنفّذ", "Actor") }
    var auditActionHint: String {
        text("بداية اسم الإجراء بالإنجليزية، مثل:", "The start of the action's name, such as:")
    }
    var auditRecordType: String { text("نوع السجل", "Record type") }
    var auditRecordID: String { text("رقم السجل", "Record id") }
    var auditEmpty: String { text("لا توجد قيود مطابقة.", "No matching entries.") }
    var auditRecord: String { text("السجل", "Record") }
    var auditIP: String { text("عنوان IP", "IP address") }
    var clearFilters: String { text("مسح التصفية", "Clear filters") }

    /// A filter problem's message.
    func problem(_ problem: AuditFilterProblem) -> String {
        switch problem {
        case .actorUnknown: return auditActorUnknown
        case .date(_, let error): return DateInputMessages.message(for: error, strings: strings)
        }
    }
}
