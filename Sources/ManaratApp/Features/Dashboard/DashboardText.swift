import ManaratDomain

/// The dashboard's words, Arabic and English side by side; counts take their plural forms.
struct DashboardText: BilingualText {
    /// The interface's shared strings, for numbers and the texts other pages use too.
    let strings: Strings

    var dashboardExplain: String {
        text(
            "أرقام مجمعة للتحسين المستمر؛ لا تُعرض فيها أسماء الموظفين ولا ترتيبهم.",
            "Aggregate figures for continuous improvement; no staff names or rankings are shown.")
    }
    var dashboardDefaultRange: String { text("بلا تاريخ: آخر ١٢ شهرًا", "Empty: the last 12 months") }
    var sharedDecidedInTime: String { text("نسبة ما قُرر خلال المدة", "Decided within the response time") }
    func ofDecided(inTime: Int, all: Int) -> String {
        let decided = strings.count(all, of: .decidedRequests)
        return text("\(strings.number(inTime)) من \(decided)", "\(inTime) of \(decided)")
    }
    var daysToDecision: String { text("الوسيط بالأيام حتى القرار", "Median days to decision") }
    func p90Days(days: Int?) -> String {
        let within = days.map(strings.days) ?? "—"
        return text("٩٠٪ خلال \(within)", "90% within \(within)")
    }
    var overdueNow: String { text("متأخرة الآن", "Overdue now") }
    func ratingsCount(count: Int) -> String {
        let ratings = strings.count(count, of: .ratings)
        return text("من \(ratings)", "from \(ratings)")
    }
    var requestsByStatus: String { text("الطلبات حسب الحالة", "Requests by status") }
    var contactsByChannel: String { text("التواصل حسب القناة", "Contacts by channel") }
    func feedbackFigures(complaints: Int, suggestions: Int, closed: Int, medianDaysToClose: Int?) -> String {
        let (c, s, d) = (strings.number(complaints), strings.number(suggestions), strings.number(closed))
        let median = medianDaysToClose.map(strings.days) ?? "—"
        return text(
            "شكاوى: \(c) — اقتراحات: \(s) — أُغلق: \(d) — الوسيط حتى الإغلاق: \(median)",
            "Complaints: \(c) — suggestions: \(s) — closed: \(d) — median time to close: \(median)")
    }
    var csatOverTime: String { text("الرضا عبر الأشهر", "Satisfaction over time") }
    var csatExplain: String {
        text("تُعرض التقييمات مجمعة فقط، دون هوية المقيّم.", "Ratings are shown only in aggregate, without who rated.")
    }
    var monthLabel: String { text("الشهر", "Month") }
    var countLabel: String { text("العدد", "Count") }
}
