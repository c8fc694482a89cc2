import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// A handful of real-looking FAQ articles, so the public FAQ and the staff knowledge base are not empty on first run.
enum DemoArticles {
    /// Category, visibility, Arabic title and body, English title and body.
    static let catalog:
        [(
            category: String, isPublic: Bool, titleArabic: String, bodyArabic: String, titleEnglish: String,
            bodyEnglish: String
        )] = [
            (
                "requests", true, "كيف أقدّم طلب دعم؟",
                "يمكنك التقديم من **بوابة المستفيد** أو بزيارة أقرب فرع.\n\n1. سجّل الدخول برقم هويتك وجوالك.\n2. اختر نوع الدعم واملأ البيانات.\n3. ارفع المستندات المطلوبة ثم وقّع الإقرار.\n\nتصلك رسالة برقم الطلب وموعد الرد المتوقع. تفاصيل كل خدمة في [صفحة الخدمات](/services).",
                "How do I apply for support?",
                "Apply from the **beneficiary portal** or at the nearest branch.\n\n1. Sign in with your identity number and mobile.\n2. Choose the kind of support and fill in the form.\n3. Upload the documents, then sign the attestation.\n\nYou receive the request number and the expected reply date. Each service is described on the [services page](/services)."
            ),
            (
                "requests", true, "متى يصلني الرد على طلبي؟",
                "تلتزم الجمعية بالرد خلال **أسبوعين** (عشرة أيام عمل) من اكتمال الطلب. يتوقف العدّ إذا طُلب منك مستند ناقص، ويُستأنف عند رفعه. تجد الموعد المتوقع في صفحة متابعة الطلب.",
                "When will I get an answer?",
                "The association answers within **two weeks** (ten working days) of a complete request. The clock pauses while a missing document is awaited and resumes when you upload it. The expected date is on the request's follow-up page."
            ),
            (
                "documents", true, "ما المستندات التي تُطلب عادة؟",
                "- صورة الهوية الوطنية أو الإقامة سارية المفعول\n- سجل الأسرة\n- تعريف بالراتب أو إثبات الدخل\n- عقد الإيجار عند طلب دعم الإيجار\n\nتُقبل ملفات PDF أو صور JPEG وPNG حتى ١٠ ميجابايت.",
                "Which documents are usually needed?",
                "- A valid national ID or iqama\n- The family record\n- A salary certificate or proof of income\n- The lease, for rent support\n\nPDF, JPEG and PNG files up to 10 MB are accepted."
            ),
            (
                "other", true, "لم تصلني رسالة رمز الدخول، ماذا أفعل؟",
                "تأكد أن رقم الجوال هو المسجّل لدى الجمعية، وانتظر دقيقة قبل طلب رمز جديد. يمكن طلب ثلاثة رموز كل ربع ساعة. إن تغيّر رقمك فاتصل بالفرع لتحديثه.",
                "I did not receive the sign-in code",
                "Check that the mobile number is the one the association holds, and wait a minute before asking for a new code. Three codes can be requested every quarter of an hour. If your number changed, call your branch to update it."
            ),
            (
                "other", true, "كيف أقدّم شكوى أو اقتراحًا؟",
                "من صفحة [الشكاوى والاقتراحات](/feedback)، ويمكن تقديم الاقتراح دون ذكر الاسم. تحصل على رقم مرجعي وتُبلَّغ بالنتيجة، ولك حق التظلّم مرة واحدة.",
                "How do I complain or make a suggestion?",
                "Use the [complaints and suggestions](/feedback) page; a suggestion can be anonymous. You get a reference number and are told the outcome, and you may appeal once."
            ),
            (
                "requests", false, "إحالة الحالات غير الواضحة للباحث الاجتماعي",
                "إذا تعذّر على موظف علاقات المستفيدين الحكم على اكتمال الحالة، تُحال إلى الباحث الاجتماعي مع ذكر سبب الإحالة، ويُراعى عبء العمل المعروض بجانب اسم كل باحث.",
                "Referring unclear cases to a social researcher",
                "When the relations employee cannot judge a case, refer it to a social researcher with the reason, keeping an eye on each researcher's open workload shown beside their name."
            ),
        ]

    /// Adds the catalog's articles that are not there yet (matched by Arabic title); returns how many were added.
    static func seed(_ app: Application) async throws -> Int {
        let configuration = app.manarat.configuration
        let now = configuration.clock.now()
        let existing = Set(
            try await ArticleRepository(database: app.db).search("", includeStaffOnly: true, limit: 1000).map(
                \.titleArabic))
        var added = 0
        for entry in catalog where !existing.contains(entry.titleArabic) {
            let article = Article(
                id: configuration.ids.next(), category: entry.category, isPublic: entry.isPublic, version: 1,
                titleArabic: entry.titleArabic, bodyArabic: entry.bodyArabic, titleEnglish: entry.titleEnglish,
                bodyEnglish: entry.bodyEnglish, editedBy: "system", editedAt: now)
            try await app.db.writeTransaction { db in
                try await ArticleRepository(database: db).save(article)
                try await AuditLog(database: db).append(
                    AuditEvent(
                        actorID: nil, actorName: "system", actingRole: nil, action: .articleCreate,
                        recordType: .article, recordID: article.id.uuidString,
                        summary: "demo article \(article.category)", clientIP: nil), at: now)
            }
            added += 1
        }
        return added
    }
}
