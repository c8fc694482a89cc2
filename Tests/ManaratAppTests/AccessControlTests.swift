import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Access control, walked over the whole route table")
struct AccessControlTests {
    /// A concrete path for a registered route: parameters become a fresh id.
    static func concretePath(_ route: Route) -> String {
        "/"
            + route.path.map { component in
                switch component {
                case .constant(let word): return word
                case .parameter: return UUID().uuidString.lowercased()
                case .anything, .catchall: return "x"
                }
            }.joined(separator: "/")
    }

    @Test("every route declares who may use it")
    func everyRouteHasAnAccessRule() async throws {
        try await withApp { app, _ in
            // setup
            let routes = app.routes.all
            // act
            let unguarded = routes.filter { $0.access == nil }.map { "\($0.method) \(Self.concretePath($0))" }
            // assert
            #expect(routes.count > 10)
            #expect(unguarded.isEmpty, "routes without an access rule: \(unguarded)")
        }
    }

    @Test("every route behind a sign-in sends an anonymous visitor to that area's sign-in, for reads and writes")
    func anonymousIsSentToSignIn() async throws {
        try await withApp { app, _ in
            // setup
            let browser = TestBrowser(app: app)
            try await browser.get("/")
            let staffRoutes = app.routes.all.filter { $0.access != .everyone }
            // act
            var wrong: [String] = []
            for route in staffRoutes {
                let path = Self.concretePath(route)
                let response =
                    route.method == .GET ? try await browser.get(path) : try await browser.post(path, form: [])
                let location = response.headers.first(name: .location) ?? ""
                let signIn = route.access == .beneficiary ? "/portal/sign-in" : "/staff/sign-in"
                if response.status != .seeOther || !location.hasPrefix(signIn) {
                    wrong.append("\(route.method) \(path) -> \(response.status.code) \(location)")
                }
            }
            // assert
            #expect(!staffRoutes.isEmpty)
            #expect(wrong.isEmpty, "not redirected to sign-in: \(wrong)")
        }
    }

    @Test("every role-restricted route answers 403 to each role it does not admit, and not to those it does")
    func rolesWithoutPermissionGet403() async throws {
        try await withApp { app, _ in
            // setup
            var browsers: [Role: TestBrowser] = [:]
            for role in Role.allCases {
                try await Fixtures.staff(app, username: "only.\(role.rawValue)", roles: [role])
                let browser = TestBrowser(app: app)
                try await browser.signIn(username: "only.\(role.rawValue)", password: Fixtures.password)
                try await browser.get("/staff")
                browsers[role] = browser
            }
            let restricted = app.routes.all.compactMap { route -> (Route, Set<Role>)? in
                if case .staff(let roles) = route.access { return (route, roles) }
                return nil
            }
            // act
            var wrong: [String] = []
            for (route, allowed) in restricted {
                for role in Role.allCases {
                    let browser = browsers[role]!
                    let path = Self.concretePath(route)
                    let response =
                        route.method == .GET ? try await browser.get(path) : try await browser.post(path, form: [])
                    let refused = response.status == .forbidden
                    if allowed.contains(role) == refused {
                        wrong.append("\(role) \(route.method) \(path) -> \(response.status.code)")
                    }
                    try await browser.get("/staff")
                }
            }
            // assert
            #expect(restricted.count >= 10)
            #expect(wrong.isEmpty, "wrong answers: \(wrong)")
        }
    }

    @Test("a staff session opens no portal page, and a beneficiary session opens no staff page")
    func areasAreSeparate() async throws {
        try await withApp { app, _ in
            // setup
            let staff = TestBrowser(app: app)
            try await Fixtures.staff(app, username: "admin", roles: Set(Role.allCases))
            try await staff.signIn(username: "admin", password: Fixtures.password)
            let beneficiary = try await Fixtures.beneficiary(app)
            let portal = try await PortalTests.signedIn(app, beneficiary)
            let portalRoutes = app.routes.all.filter { $0.access == .beneficiary && $0.method == .GET }
            let staffRoutes = app.routes.all.filter {
                if case .staff = $0.access { return $0.method == .GET } else { return false }
            }
            // act
            var leaks: [String] = []
            for route in portalRoutes {
                let response = try await staff.get(Self.concretePath(route))
                if response.status != .seeOther { leaks.append("staff reached \(Self.concretePath(route))") }
            }
            for route in staffRoutes {
                let response = try await portal.get(Self.concretePath(route))
                if response.status != .seeOther { leaks.append("beneficiary reached \(Self.concretePath(route))") }
            }
            // assert
            #expect(!portalRoutes.isEmpty && !staffRoutes.isEmpty)
            #expect(leaks.isEmpty, "\(leaks)")
        }
    }

    @Test("the audit log is open to administrators and quality officers only")
    func auditLogRoles() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "quality", roles: [.quality])
            try await Fixtures.staff(app, username: "relations", roles: [.relations])
            let quality = TestBrowser(app: app)
            let relations = TestBrowser(app: app)
            try await quality.signIn(username: "quality", password: Fixtures.password)
            try await relations.signIn(username: "relations", password: Fixtures.password)
            // act
            let allowed = try await quality.get("/staff/audit")
            let refused = try await relations.get("/staff/audit")
            // assert
            #expect(allowed.status == .ok)
            #expect(allowed.body.string.contains("staff.sign_in"))
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains("ليست لديك صلاحية"))
        }
    }
}

@Suite("Cross-site request forgery")
struct CSRFTests {
    @Test("a POST without a token, or with a token from another browser, is refused with 403 and changes nothing")
    func missingOrForeignToken() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/branches/new")
            let other = TestBrowser(app: app)
            try await other.get("/")
            let foreignToken = try #require(other.csrfToken)
            let form = [
                ("code", "JED"), ("nameArabic", "فرع جدة"), ("nameEnglish", "Jeddah"), ("city", "جدة"),
                ("isActive", "on"),
            ]
            // act
            let withoutToken = try await admin.post("/staff/admin/branches/new", form: form, csrf: false)
            let withForeignToken = try await admin.post(
                "/staff/admin/branches/new", form: form + [("_csrf", foreignToken)], csrf: false)
            let list = try await admin.get("/staff/admin/branches")
            // assert
            #expect(withoutToken.status == .forbidden)
            #expect(withForeignToken.status == .forbidden)
            #expect(withoutToken.body.string.contains("انتهت صلاحية الصفحة"))
            #expect(!list.body.string.contains("JED"))
        }
    }

    @Test("a valid token from a foreign Origin is refused; the same request from our origin passes")
    func foreignOrigin() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/branches/new")
            let form = [
                ("code", "JED"), ("nameArabic", "فرع جدة"), ("nameEnglish", "Jeddah"), ("city", "جدة"),
                ("isActive", "on"),
            ]
            // act
            let foreign = try await admin.post(
                "/staff/admin/branches/new", form: form, headers: ["Origin": "https://evil.example"])
            let ours = try await admin.post(
                "/staff/admin/branches/new", form: form, headers: ["Origin": "http://localhost:8080"])
            // assert
            #expect(foreign.status == .forbidden)
            #expect(ours.status == .seeOther)
        }
    }

    @Test("every state-changing route in the route table refuses a request without a token")
    func everyWriteRouteNeedsAToken() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: Set(Role.allCases))
            let browser = TestBrowser(app: app)
            try await browser.signIn(username: "admin", password: Fixtures.password)
            let writes = app.routes.all.filter { $0.method != .GET && $0.method != .HEAD }
            // act
            var accepted: [String] = []
            for route in writes {
                let path = AccessControlTests.concretePath(route)
                let response = try await browser.post(path, form: [], csrf: false)
                if response.status != .forbidden {
                    accepted.append("\(route.method) \(path) -> \(response.status.code)")
                }
            }
            // assert
            #expect(writes.count >= 8)
            #expect(accepted.isEmpty, "accepted without a token: \(accepted)")
        }
    }
}

@Suite("Beneficiaries see only their own records, walked over the portal's route table")
struct PortalOwnershipTests {
    @Test(
        "beneficiary B reaches none of beneficiary A's request, inquiry or complaint on any portal route with an id, reading or writing, and A's records stay as they were"
    )
    func otherBeneficiaryGetsNothing() async throws {
        try await withApp { app, _ in
            // setup
            let owner = try await Fixtures.beneficiary(
                app, first: "نورة", identity: "1012345672", phone: "+966551234567")
            let other = try await Fixtures.beneficiary(
                app, first: "سارة", identity: "1000000008", phone: "+966559876543")
            let type = try await Fixtures.requestType(app)
            let a = try await PortalTests.signedIn(app, owner)
            try await a.get("/portal/apply/\(type.id.uuidString.lowercased())")
            let draft = try await a.post(
                "/portal/apply/\(type.id.uuidString.lowercased())",
                form: [("details", "إيجار متأخر"), ("amountRequested", "2000")])
            let draftPath = try #require(draft.headers.first(name: .location))
            let requestID = try #require(UUID(uuidString: String(draftPath.split(separator: "/").last!)))
            try await a.get("/portal/ask")
            try await a.post(
                "/portal/ask", form: [("category", "documents"), ("question", "هل يكفي تعريف الراتب القديم؟")])
            let inquiry = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: owner.id, openOnly: false).first)
            try await a.get("/feedback")
            try await a.post("/feedback", form: [("kind", "complaint"), ("text", "انتظرت ساعتين في الفرع")])
            let complaint = try #require(
                try await FeedbackRepository(database: app.db).list(beneficiaryID: owner.id, openOnly: false).first)
            let requestBefore = try #require(try await RequestRepository(database: app.db).find(id: requestID))
            let b = try await PortalTests.signedIn(app, other)
            try await b.get("/portal")
            // Every portal route with an id, from the route table; the id is A's record of that kind.
            let owned: [String: UUID] = ["requests": requestID, "inquiries": inquiry.id, "feedback": complaint.id]
            let routes = app.routes.all.filter {
                $0.access == .beneficiary && $0.path.contains { if case .parameter = $0 { true } else { false } }
            }
            // act
            var reached: [String] = []
            var unknown: [String] = []
            // `apply/:id` names a request type, which every beneficiary may apply for: nobody's record.
            for route in routes {
                if case .constant("apply") = route.path[1] { continue }
                guard case .constant(let kind) = route.path[1], let id = owned[kind] else {
                    unknown.append("\(route.method) \(route.path.map(\.description).joined(separator: "/"))")
                    continue
                }
                let path =
                    "/"
                    + route.path.map { component -> String in
                        if case .parameter = component { return id.uuidString.lowercased() }
                        return component.description
                    }.joined(separator: "/")
                let response =
                    route.method == .GET
                    ? try await b.get(path)
                    : try await b.post(path, form: [("score", "1"), ("appeal", "x"), ("confirmed", "on")])
                if ![.notFound, .forbidden].contains(response.status) {
                    reached.append("\(route.method) \(path) -> \(response.status.code)")
                }
                try await b.get("/portal")
            }
            let requestAfter = try #require(try await RequestRepository(database: app.db).find(id: requestID))
            let inquiryAfter = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: owner.id, openOnly: false).first)
            let complaintAfter = try #require(
                try await FeedbackRepository(database: app.db).list(beneficiaryID: owner.id, openOnly: false).first)
            // assert
            #expect(routes.count >= 8)
            #expect(unknown.isEmpty, "portal routes with an id this walk does not know: \(unknown)")
            #expect(reached.isEmpty, "beneficiary B reached A's records: \(reached)")
            #expect(requestAfter.version == requestBefore.version && requestAfter.status == requestBefore.status)
            #expect(inquiryAfter.status == inquiry.status && inquiryAfter.answer == inquiry.answer)
            #expect(complaintAfter.appeals == complaint.appeals)
        }
    }
}

@Suite("Staff of another branch, walked over the staff route table")
struct BranchAccessTests {
    @Test(
        "a branch desk's staff reach none of another branch's beneficiaries, requests, documents, deliveries, household proposals or follow-ups on any staff route that names one, reading or writing, and nothing of it changes; the same staff of the record's own branch open every such page"
    )
    func otherBranchGetsNothing() async throws {
        try await withApp { app, _ in
            // setup
            let riyadh = try await Fixtures.branch(app, code: "RUH")
            let jeddah = try await Fixtures.branch(app, code: "JED", nameArabic: "فرع جدة")
            let desk: Set<Role> = [.relations, .researcher, .delivery]
            try await Fixtures.staff(app, username: "desk.ruh", roles: desk, branchID: riyadh.id)
            try await Fixtures.staff(app, username: "desk.jed", roles: desk, branchID: jeddah.id)
            let own = TestBrowser(app: app)
            try await own.signIn(username: "desk.ruh", password: Fixtures.password)
            let other = TestBrowser(app: app)
            try await other.signIn(username: "desk.jed", password: Fixtures.password)
            let beneficiary = try await Fixtures.beneficiary(app, branchID: riyadh.id)
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)])
            let (requestID, path) = try await RequestLifecycleTests.draft(own, beneficiary: beneficiary, type: type)
            try await own.get(path)
            try await own.postMultipart(
                path + "/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", "1000000008"), ("expiresOn", "1/1/1450"),
                    ("expiresOnCalendar", "hijri"),
                ],
                files: [
                    .init(field: "file", filename: "id.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            let documentID = try #require(
                try await RequestDocumentRepository(database: app.db).documents(of: requestID).first?.id)
            let contactID = UUID()
            try await ContactRepository(database: app.db).add(
                Contact(
                    id: contactID, partyKind: .beneficiary, partyID: beneficiary.id, channel: .phone,
                    direction: .incoming, branchID: riyadh.id, staffID: nil, summary: "اتصل يسأل عن الطلب",
                    followUpOn: GregorianDay(year: 2023, month: 2, day: 22), followUpDone: false, occurredAt: Date()))
            let proposalID = UUID()
            try await HouseholdProposalRepository(database: app.db).add(
                HouseholdProposal(
                    id: proposalID, beneficiaryID: beneficiary.id, kind: "add", memberName: "ريم أحمد العتيبي",
                    relation: .daughter, gender: .female, identityNumber: nil, bornOn: nil, memberID: nil, note: "",
                    status: .pending, decisionNote: "", createdAt: Date()))
            let portal = try await PortalTests.signedIn(app, beneficiary)
            try await portal.get("/portal/ask")
            try await portal.post(
                "/portal/ask", form: [("category", "services"), ("question", "متى يصرف الدعم الشهري؟")])
            try await portal.get("/feedback")
            try await portal.post("/feedback", form: [("kind", "complaint"), ("text", "انتظرت ساعتين في الفرع")])
            try await portal.get("/portal/my-data")
            try await portal.post(
                "/portal/my-data/requests", form: [("kind", "correction"), ("details", "رقم الجوال تغير")])
            let inquiryID = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false)
                    .first?.id)
            let feedbackID = try #require(
                try await FeedbackRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false)
                    .first?.id)
            let dataRequestID = try #require(
                try await PortalRepository(database: app.db).dataRequests(beneficiaryID: beneficiary.id).first?.id)
            let ids: [String: UUID] = [
                "beneficiaryID": beneficiary.id, "requestID": requestID, "documentID": documentID,
                "contactID": contactID, "proposalID": proposalID,
                "deliveryID": UUID(), "inquiryID": inquiryID, "feedbackID": feedbackID, "dataRequestID": dataRequestID,
            ]
            let requestBefore = try #require(try await RequestRepository(database: app.db).find(id: requestID))
            let deskMember = StaffMember(
                id: UUID(), username: "x", displayName: "x", roles: desk, branchID: jeddah.id, isActive: true)
            // Every staff route a branch desk may use that names a record, from the route table; a
            // parameter that is neither a beneficiary's record here nor declared unscoped fails.
            let deskRoutes = app.routes.all.filter { route in
                guard let access = route.access, access != .everyone, access != .beneficiary else { return false }
                return access.admitsForTest(deskMember)
            }
            let unknown = Set(
                deskRoutes.flatMap { $0.path.compactMap { if case .parameter(let name) = $0 { name } else { nil } } }
            )
            .subtracting(RouteRecords.scoped).subtracting(RouteRecords.unscoped)
            let routes = deskRoutes.filter { route in
                route.path.contains { if case .parameter(let name) = $0 { ids[name] != nil } else { false } }
            }
            // act
            var reached: [String] = []
            var refusedToOwnBranch: [String] = []
            for route in routes {
                let concrete =
                    "/"
                    + route.path.map { component -> String in
                        if case .parameter(let name) = component {
                            return (ids[name] ?? UUID()).uuidString.lowercased()
                        }
                        return component.description
                    }.joined(separator: "/")
                let answer =
                    route.method == .GET
                    ? try await other.get(concrete)
                    : try await other.post(
                        concrete, form: [("note", "x"), ("decision", "approve"), ("confirmed", "on")])
                if answer.status != .forbidden {
                    reached.append("\(route.method) \(concrete) -> \(answer.status.code)")
                }
                if route.method == .GET, try await own.get(concrete).status == .forbidden {
                    refusedToOwnBranch.append(concrete)
                }
                try await other.get("/staff")
            }
            let requestAfter = try #require(try await RequestRepository(database: app.db).find(id: requestID))
            let proposalAfter = try await HouseholdProposalRepository(database: app.db).find(id: proposalID)
            let inquiriesToOther = try await other.get("/staff/inquiries").body.string
            let feedbackToOther = try await other.get("/staff/feedback").body.string
            let inquiry = try #require(try await InquiryRepository(database: app.db).find(id: inquiryID))
            let complaint = try #require(try await FeedbackRepository(database: app.db).find(id: feedbackID))
            let listedToOther = try await other.get("/staff/beneficiaries").body.string
            let listedToOwn = try await own.get("/staff/beneficiaries").body.string
            let requestsToOther = try await other.get("/staff/requests?view=all").body.string
            let requestsToOwn = try await own.get("/staff/requests?view=all").body.string
            // assert
            #expect(routes.count >= 35)
            #expect(unknown.isEmpty, "route parameters the branch check does not know: \(unknown)")
            #expect(
                RouteRecords.scoped.isSubset(of: Set(ids.keys)),
                "scoped parameters this walk does not exercise: \(RouteRecords.scoped.subtracting(ids.keys))")
            #expect(reached.isEmpty, "staff of another branch reached: \(reached)")
            #expect(refusedToOwnBranch.isEmpty, "refused to the record's own branch: \(refusedToOwnBranch)")
            #expect(requestAfter.version == requestBefore.version && requestAfter.status == requestBefore.status)
            #expect(proposalAfter?.status == .pending)
            #expect(!listedToOther.contains(beneficiary.fileNumber) && listedToOwn.contains(beneficiary.fileNumber))
            #expect(
                !requestsToOther.contains(requestBefore.reference) && requestsToOwn.contains(requestBefore.reference))
            #expect(!inquiriesToOther.contains(inquiry.reference) && !feedbackToOther.contains(complaint.reference))
            #expect(try await own.get("/staff/inquiries").body.string.contains(inquiry.reference))
            // Last, the record's own branch writes too: refused by nothing but the form's content.
            // The research report and the home visit belong to the researcher the request is
            // referred to (nobody yet here): refused to anyone else, of any branch.
            var ownWritesRefused: [String] = []
            for route in routes
            where route.method == .POST && !["research", "visit"].contains(route.path.last?.description ?? "") {
                let concrete =
                    "/"
                    + route.path.map { component -> String in
                        if case .parameter(let name) = component {
                            return (ids[name] ?? UUID()).uuidString.lowercased()
                        }
                        return component.description
                    }.joined(separator: "/")
                try await own.get("/staff")
                if try await own.post(concrete, form: [("note", "x")]).status == .forbidden {
                    ownWritesRefused.append(concrete)
                }
            }
            #expect(ownWritesRefused.isEmpty, "writes refused to the record's own branch: \(ownWritesRefused)")
        }
    }
}

extension Access {
    /// `admits`, for the tests' walks.
    func admitsForTest(_ staff: StaffMember) -> Bool {
        switch self {
        case .everyone, .anyStaff: return true
        case .staff(let roles): return !roles.isDisjoint(with: staff.roles)
        case .beneficiary: return false
        }
    }
}
