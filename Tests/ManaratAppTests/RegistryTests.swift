import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("The beneficiary registry, as staff use it")
struct RegistryTests {
    static func signedIn(_ app: Application, _ username: String, _ roles: Set<Role>) async throws -> TestBrowser {
        try await Fixtures.staff(app, username: username, roles: roles)
        let browser = TestBrowser(app: app)
        try await browser.signIn(username: username, password: Fixtures.password)
        return browser
    }

    @Test(
        "a Saudi ID typed in Arabic-Indic digits is accepted and stored in Latin digits, with consent and an audit entry"
    )
    func arabicDigitsIdentity() async throws {
        try await withApp { app, _ in
            // setup
            let browser = try await Self.signedIn(app, "relations", [.relations])
            try await browser.get("/staff/beneficiaries/new")
            // act
            let response = try await browser.post(
                "/staff/beneficiaries/new", form: Fixtures.beneficiaryForm(identity: "١٠٠٠٠٠٠٠٠٨", phone: "٠٥٥١٢٣٤٥٦٧"))
            // assert
            #expect(response.status == .seeOther)
            let stored = try #require(
                try await BeneficiaryRepository(database: app.db).search("1000000008", page: 1, perPage: 5).rows.first)
            #expect(stored.identity.value == "1000000008")
            #expect(stored.phone == "+966551234567")
            #expect(stored.fileNumber == "M-000001")
            let consent = try await BeneficiaryRepository(database: app.db).consent(of: stored.id)
            #expect(consent?.noticeVersion == PrivacyNotice.currentVersion)
            let audit = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "beneficiary.create"), page: 1, perPage: 1
            ).entries
            #expect(audit.first?.recordID == stored.id.uuidString)
        }
    }

    @Test("an identity number failing the check digit is refused next to the field, keeping what was typed")
    func checksumRefused() async throws {
        try await withApp { app, _ in
            // setup
            let browser = try await Self.signedIn(app, "relations", [.relations])
            try await browser.get("/staff/beneficiaries/new")
            // act
            let response = try await browser.post(
                "/staff/beneficiaries/new", form: Fixtures.beneficiaryForm(identity: "1000000009"))
            // assert
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("id=\"identityNumber-error\""))
            #expect(html.contains("رقم الهوية غير صحيح؛ تحقق من الأرقام"))
            #expect(html.contains("value=\"1000000009\""))
            #expect(html.contains("value=\"أحمد\""))
            #expect(try await BeneficiaryRepository(database: app.db).count() == 0)
        }
    }

    @Test("a second beneficiary with an existing identity is refused with a link to the first")
    func duplicateIdentityRefused() async throws {
        try await withApp { app, _ in
            // setup
            let first = try await Fixtures.beneficiary(app)
            let browser = try await Self.signedIn(app, "relations", [.relations])
            try await browser.get("/staff/beneficiaries/new")
            // act
            let response = try await browser.post(
                "/staff/beneficiaries/new",
                form: Fixtures.beneficiaryForm(identity: "1000000008", first: "خالد", family: "الشهري"))
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("رقم الهوية هذا مسجل لمستفيد آخر"))
            #expect(response.body.string.contains("href=\"/staff/beneficiaries/\(first.id.uuidString.lowercased())\""))
            #expect(try await BeneficiaryRepository(database: app.db).count() == 1)
        }
    }

    @Test("no file is saved without the beneficiary's consent")
    func consentRequired() async throws {
        try await withApp { app, _ in
            // setup
            let browser = try await Self.signedIn(app, "relations", [.relations])
            try await browser.get("/staff/beneficiaries/new")
            let form = Fixtures.beneficiaryForm().filter { $0.0 != "consent" }
            // act
            let response = try await browser.post("/staff/beneficiaries/new", form: form)
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("لا يُحفظ ملف المستفيد قبل تسجيل موافقته"))
            #expect(try await BeneficiaryRepository(database: app.db).count() == 0)
        }
    }

    @Test(
        "a possible duplicate is shown with its score before saving; confirming 'different person' saves and records the decision"
    )
    func possibleDuplicates() async throws {
        try await withApp { app, _ in
            // setup
            let existing = try await Fixtures.beneficiary(
                app, first: "أحمد", father: "محمد", grandfather: "سعد", family: "العتيبي", identity: "1000000008",
                bornOn: try #require(DateInput.parse("1/7/1405", calendar: .hijri).success))
            let browser = try await Self.signedIn(app, "relations", [.relations])
            try await browser.get("/staff/beneficiaries/new")
            let form = Fixtures.beneficiaryForm(
                identity: "1012345672", phone: "0559999999", first: "احمد", family: "العتيبى")
            // act
            let warned = try await browser.post("/staff/beneficiaries/new", form: form)
            let countAfterWarning = try await BeneficiaryRepository(database: app.db).count()
            let confirmed = try await browser.post(
                "/staff/beneficiaries/new",
                form: form + [("duplicatesReviewed", "on"), ("reviewedIDs[]", existing.id.uuidString.lowercased())])
            // assert
            #expect(warned.status == .ok)
            #expect(warned.body.string.contains("قد يكون هذا المستفيد مسجلًا من قبل"))
            #expect(warned.body.string.contains("href=\"/staff/beneficiaries/\(existing.id.uuidString.lowercased())\""))
            #expect(warned.body.string.contains("درجة التشابه"))
            #expect(countAfterWarning == 1)
            #expect(confirmed.status == .seeOther)
            let created = try #require(
                try await BeneficiaryRepository(database: app.db).search("1012345672", page: 1, perPage: 1).rows.first)
            let decisions = try await BeneficiaryRepository(database: app.db).duplicateDecisions(of: created.id)
            #expect(decisions.map(\.otherID) == [existing.id])
            #expect(decisions.first?.isDuplicate == false)
        }
    }

    @Test("searching 'احمد' finds 'أحمد', 'فاطمه' finds 'فاطمة', and a phone or file number finds its owner")
    func arabicAwareSearch() async throws {
        try await withApp { app, _ in
            // setup
            let ahmad = try await Fixtures.beneficiary(
                app, first: "أحمد", identity: "1000000008", phone: "+966551234567")
            let fatima = try await Fixtures.beneficiary(
                app, first: "فاطمة", father: "علي", grandfather: "حسن", family: "الزهراني", identity: "1012345672",
                phone: "+966501112222")
            let browser = try await Self.signedIn(app, "delivery", [.delivery])
            // act
            let byName = try await browser.get(
                "/staff/beneficiaries?q=" + "احمد".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            let byTaMarbuta = try await BeneficiaryRepository(database: app.db).search(
                "فاطمه الزهراني", page: 1, perPage: 10)
            let byPhone = try await BeneficiaryRepository(database: app.db).search("0501112222", page: 1, perPage: 10)
            let byInternational = try await BeneficiaryRepository(database: app.db).search(
                "+966 50 111 2222", page: 1, perPage: 10)
            let bySpacedPhone = try await BeneficiaryRepository(database: app.db).search(
                "٠٥٠ ١١١ ٢٢٢٢", page: 1, perPage: 10)
            let byFile = try await BeneficiaryRepository(database: app.db).search(
                ahmad.fileNumber, page: 1, perPage: 10)
            let nobody = try await BeneficiaryRepository(database: app.db).search("خالد", page: 1, perPage: 10)
            // assert
            #expect(byName.status == .ok)
            #expect(byName.body.string.contains("أحمد محمد سعد العتيبي"))
            #expect(!byName.body.string.contains("فاطمة"))
            #expect(byTaMarbuta.rows.map(\.id) == [fatima.id])
            #expect(byPhone.rows.map(\.id) == [fatima.id])
            #expect(byInternational.rows.map(\.id) == [fatima.id])
            #expect(bySpacedPhone.rows.map(\.id) == [fatima.id])
            #expect(byFile.rows.map(\.id) == [ahmad.id])
            #expect(nobody.rows.isEmpty)
        }
    }

    @Test("a service delivery officer sees no health fields; a researcher does")
    func sensitiveFields() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app, healthConditions: "فشل كلوي مزمن")
            let delivery = try await Self.signedIn(app, "delivery", [.delivery])
            let researcher = try await Self.signedIn(app, "researcher", [.researcher])
            // act
            let deliveryView = try await delivery.get("/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())")
            let researcherView = try await researcher.get(
                "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())")
            // assert
            #expect(deliveryView.status == .ok)
            #expect(!deliveryView.body.string.contains("فشل كلوي مزمن"))
            #expect(!deliveryView.body.string.contains("الحالة الصحية"))
            #expect(researcherView.body.string.contains("فشل كلوي مزمن"))
        }
    }

    @Test("a quality officer opening a file appears in the audit log: who looked at whom")
    func fileViewsAreAudited() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let quality = try await Self.signedIn(app, "quality", [.quality])
            // act
            try await quality.get("/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())")
            // assert
            let entries = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "beneficiary.view", recordID: beneficiary.id.uuidString), page: 1, perPage: 5
            ).entries
            #expect(entries.count == 1)
            #expect(entries.first?.actorName == "quality")
            #expect(entries.first?.actingRole == "quality")
        }
    }

    @Test("a save based on an old version is refused as changed by someone else, and nothing is overwritten")
    func optimisticLocking() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let path = "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())/edit"
            let first = try await Self.signedIn(app, "first", [.relations])
            let second = try await Self.signedIn(app, "second", [.researcher])
            try await first.get(path)
            try await second.get(path)
            let base =
                Fixtures.beneficiaryForm().filter { !["consent", "consentChannel"].contains($0.0) } + [("version", "1")]
            // act
            let firstSave = try await first.post(path, form: base.map { $0.0 == "city" ? ("city", "جدة") : $0 })
            let secondSave = try await second.post(path, form: base.map { $0.0 == "city" ? ("city", "الدمام") : $0 })
            // assert
            #expect(firstSave.status == .seeOther)
            #expect(secondSave.status == .conflict)
            #expect(secondSave.body.string.contains("عدّل شخص آخر هذا الملف"))
            let stored = try await BeneficiaryRepository(database: app.db).find(id: beneficiary.id)
            #expect(stored?.city == "جدة")
            #expect(stored?.version == 2)
        }
    }

    @Test("a person belongs to one active household: adding them to a second is refused")
    func oneHouseholdPerPerson() async throws {
        try await withApp { app, _ in
            // setup
            let headA = try await Fixtures.beneficiary(app, identity: "1000000008")
            let headB = try await Fixtures.beneficiary(
                app, first: "خالد", identity: "1012345672", phone: "+966501112222")
            let browser = try await Self.signedIn(app, "relations", [.relations])
            let member = [
                ("memberName", "سارة أحمد العتيبي"), ("relation", "daughter"), ("memberGender", "female"),
                ("memberIdentityType", "nationalID"), ("memberIdentityNumber", "1987654322"),
                ("memberBornOn", "1/1/1430"), ("memberBornOnCalendar", "hijri"),
            ]
            try await browser.get("/staff/beneficiaries/\(headA.id.uuidString.lowercased())")
            // act
            let added = try await browser.post(
                "/staff/beneficiaries/\(headA.id.uuidString.lowercased())/household/members", form: member)
            try await browser.get("/staff/beneficiaries/\(headB.id.uuidString.lowercased())")
            let refused = try await browser.post(
                "/staff/beneficiaries/\(headB.id.uuidString.lowercased())/household/members", form: member)
            // assert
            #expect(added.status == .seeOther)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("هذا الشخص فرد في أسرة أخرى نشطة"))
            let household = try await HouseholdRepository(database: app.db).household(headedBy: headA.id)
            #expect(household?.members.map(\.fullName) == ["سارة أحمد العتيبي"])
        }
    }

    @Test(
        "a contact with a follow-up date shows on the staff home when due, flagged with the days overdue, until marked done"
    )
    func followUps() async throws {
        try await withApp { app, harness in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let browser = try await Self.signedIn(app, "relations", [.relations])
            try await browser.get("/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())")
            // act
            let logged = try await browser.post(
                "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())/contacts",
                form: [
                    ("channel", "phone"), ("direction", "outgoing"), ("summary", "طلبنا صورة عقد الإيجار"),
                    ("followUpOn", "23/02/2023"), ("followUpOnCalendar", "gregorian"),
                ])
            let before = try await browser.get("/staff")
            harness.clock.advance(by: 4 * 86_400)
            // Four days later the old session is long dead: sign in again, as staff would.
            try await browser.signIn(username: "relations", password: Fixtures.password)
            let due = try await browser.get("/staff")
            let contact = try #require(
                try await ContactRepository(database: app.db).contacts(of: .beneficiary, id: beneficiary.id).first)
            try await browser.post("/staff/follow-ups/\(contact.id.uuidString.lowercased())/done", form: [])
            let after = try await browser.get("/staff")
            // assert
            #expect(logged.status == .seeOther)
            #expect(!before.body.string.contains("طلبنا صورة عقد الإيجار"))
            #expect(due.body.string.contains("طلبنا صورة عقد الإيجار"))
            #expect(due.body.string.contains("متأخر منذ يومين"))
            #expect(!after.body.string.contains("طلبنا صورة عقد الإيجار"))
        }
    }

    @Test("a needs assessment is scored with the administrator's weights and kept with who made it")
    func needsAssessment() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let researcher = try await Self.signedIn(app, "researcher", [.researcher])
            let path = "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())/assessment"
            try await researcher.get(path)
            // act
            let response = try await researcher.post(
                path,
                form: [
                    ("monthlyIncome", "0"), ("householdSize", "6"), ("monthlyRent", "2000"), ("debts", "30000"),
                    ("housing", "rented"),
                    ("chronicIllnessCount", "3"), ("disabilityCount", "0"), ("dependantsUnder18", "4"),
                    ("elderlyCount", "1"),
                ])
            let file = try await researcher.get("/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())")
            // assert
            #expect(response.status == .seeOther)
            let history = try await AssessmentRepository(database: app.db).history(of: beneficiary.id)
            #expect(history.count == 1)
            #expect(history.first?.level == .critical)
            #expect(history.first?.assessedByName == "Test researcher")
            #expect(file.body.string.contains("الأولوية: حرجة"))
        }
    }

    @Test("anyone can apply to volunteer without signing in; staff approve, assign and log hours")
    func volunteers() async throws {
        try await withApp { app, _ in
            // setup
            let visitor = TestBrowser(app: app)
            try await visitor.get("/volunteer")
            // act
            let applied = try await visitor.post(
                "/volunteer",
                form: [
                    ("fullName", "ريم سليمان العنزي"), ("phone", "0561234567"), ("city", "الرياض"),
                    ("skills", "تدريس الرياضيات"),
                ])
            let staff = try await Self.signedIn(app, "relations", [.relations])
            let volunteer = try #require(try await VolunteerRepository(database: app.db).list(status: .applied).first)
            let path = "/staff/volunteers/\(volunteer.id.uuidString.lowercased())"
            try await staff.get(path)
            try await staff.post(path + "/status", form: [("status", "approved")])
            try await staff.post(
                path + "/assignments",
                form: [("title", "توزيع السلال الرمضانية"), ("startsOn", "1/9/1444"), ("startsOnCalendar", "hijri")])
            try await staff.post(
                path + "/hours",
                form: [("hours", "٢٫٥"), ("workedOn", "21/02/2023"), ("workedOnCalendar", "gregorian")])
            let page = try await staff.get(path)
            // assert
            #expect(applied.status == .seeOther)
            #expect(applied.headers.first(name: .location) == "/volunteer/thanks")
            #expect(volunteer.fromPublicForm)
            #expect(try await VolunteerRepository(database: app.db).find(id: volunteer.id)?.status == .approved)
            #expect(try await VolunteerRepository(database: app.db).hours(of: volunteer.id).map(\.minutes) == [150])
            #expect(page.body.string.contains("توزيع السلال الرمضانية"))
        }
    }

    @Test("supporters: a gift in kind needs its items; cash gifts add up on the supporter's page")
    func supporters() async throws {
        try await withApp { app, _ in
            // setup
            let staff = try await Self.signedIn(app, "relations", [.relations])
            try await staff.get("/staff/supporters/new")
            try await staff.post(
                "/staff/supporters/new",
                form: [
                    ("kind", "organization"), ("name", "مؤسسة الخير الوقفية"), ("phone", "0112345678"),
                    ("email", "info@example.org"),
                ])
            let created = try await staff.post(
                "/staff/supporters/new",
                form: [
                    ("kind", "organization"), ("name", "مؤسسة الخير الوقفية"), ("email", "info@example.org"),
                    ("allowedChannels[]", "letter"),
                ])
            let supporter = try #require(try await SupporterRepository(database: app.db).search("الخير").first)
            let path = "/staff/supporters/\(supporter.id.uuidString.lowercased())"
            try await staff.get(path)
            // act
            let missingItems = try await staff.post(path + "/support", form: [("kind", "inKind"), ("amount", "500")])
            try await staff.post(
                path + "/support", form: [("kind", "cash"), ("amount", "١٬٥٠٠"), ("designation", "كفالة أيتام")])
            try await staff.post(path + "/support", form: [("kind", "cash"), ("amount", "250.50")])
            let page = try await staff.get(path)
            // assert
            #expect(created.status == .seeOther)
            #expect(missingItems.status == .unprocessableEntity)
            #expect(page.body.string.contains("إجمالي الدعم النقدي: ١٬٧٥٠٫٥٠ ريال"))
        }
    }

    @Test("the standard categories are there from the start; administrators add more, which staff can then choose")
    func categories() async throws {
        try await withApp { app, _ in
            // setup
            let admin = try await Self.signedIn(app, "admin", [.admin])
            try await admin.get("/staff/admin/categories/new")
            // act
            let created = try await admin.post(
                "/staff/admin/categories/new",
                form: [
                    ("code", "students"), ("nameArabic", "طلاب علم"), ("nameEnglish", "Students"), ("isActive", "on"),
                ])
            try await admin.get("/staff/admin/categories/new")
            let taken = try await admin.post(
                "/staff/admin/categories/new",
                form: [("code", "orphans"), ("nameArabic", "أيتام"), ("nameEnglish", "Orphans"), ("isActive", "on")])
            let form = try await admin.get("/staff/beneficiaries/new")
            // assert
            #expect(created.status == .seeOther)
            #expect(taken.status == .unprocessableEntity)
            #expect(form.body.string.contains("طلاب علم"))
            #expect(form.body.string.contains("أسر السجناء"))
        }
    }
}

extension Result {
    fileprivate var success: Success? { try? get() }
}
