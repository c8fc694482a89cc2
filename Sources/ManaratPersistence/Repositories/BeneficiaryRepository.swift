import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Reads and writes beneficiaries, their categories, consent and search terms.
public struct BeneficiaryRepository: Sendable {
    /// The counter behind file numbers.
    static let fileCounter = "beneficiary_file"

    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The next file number, "M-000001" and up. Call inside the creating transaction.
    public func nextFileNumber() async throws -> String {
        let value = try await Counters(database: database).next(Self.fileCounter)
        return "M-" + String(format: "%06d", value)
    }

    /// Reserves `count` file numbers at once, for bulk inserts.
    public func reserveFileNumbers(_ count: Int) async throws -> [String] {
        try await Counters(database: database).reserve(Self.fileCounter, count: count).map {
            "M-" + String(format: "%06d", $0)
        }
    }

    /// Which of these identity numbers are already registered.
    public func existingIdentityNumbers(_ numbers: [String]) async throws -> Set<String> {
        guard !numbers.isEmpty else { return [] }
        let protection = try database.protection
        let byHash = Dictionary(numbers.map { (protection.index($0), $0) }, uniquingKeysWith: { first, _ in first })
        let found = try await BeneficiaryModel.query(on: database).filter(\.$identityHash ~~ Array(byHash.keys)).field(
            \.$identityHash
        ).all()
        return Set(found.compactMap { byHash[$0.identityHash] })
    }

    /// The beneficiary with this identity, if any.
    public func find(identity: IdentityNumber) async throws -> UUID? {
        try await BeneficiaryModel.query(on: database)
            .filter(\.$identityType == identity.type.rawValue)
            .filter(\.$identityHash == database.protection.index(identity.value))
            .first()?.id
    }

    /// Creates a beneficiary with their consent; refuses a taken identity.
    public func create(_ beneficiary: Beneficiary, consent: ConsentRecord, at now: Date) async throws {
        if let existing = try await find(identity: beneficiary.identity) {
            throw RegistryConflict.identityTaken(existingID: existing)
        }
        let row = BeneficiaryModel()
        row.id = beneficiary.id
        row.createdAt = now
        try Self.copy(beneficiary, into: row, protection: database.protection, at: now)
        row.version = 1
        try await row.create(on: database)
        try await replaceCategories(of: beneficiary.id, with: beneficiary.categoryIDs)
        try await replaceSearchTerms(of: beneficiary)
        let consentRow = ConsentModel()
        consentRow.id = try database.ids.next()
        consentRow.beneficiaryID = beneficiary.id
        consentRow.noticeVersion = consent.noticeVersion
        consentRow.channel = consent.channel.rawValue
        consentRow.staffID = consent.staffID
        consentRow.givenAt = consent.givenAt
        try await consentRow.create(on: database)
    }

    /// Inserts many new beneficiaries at once with multi-row statements (for demo data and
    /// benchmarks); identities must be new. Consent is recorded for each, on `channel`.
    public func insertMany(_ beneficiaries: [Beneficiary], consentChannel: ContactChannel, at now: Date) async throws {
        let sql = database as! any SQLDatabase
        for chunk in stride(from: 0, to: beneficiaries.count, by: 100).map({
            Array(beneficiaries[$0..<min($0 + 100, beneficiaries.count)])
        }) {
            var rows = sql.insert(into: BeneficiaryModel.schema).columns(
                "id", "file_number", "first_name", "father_name", "grandfather_name", "family_name", "latin_name",
                "identity_type", "identity_number",
                "identity_hash", "identity_expires_on", "nationality", "gender", "born_on", "marital_status", "phone",
                "phone_other", "city", "district", "address",
                "national_address_code", "income_sources", "health_conditions", "preferred_language",
                "preferred_channel", "branch_id", "search_name",
                "version", "created_at", "updated_at"
            )
            var terms = sql.insert(into: SearchTermModel.schema).columns("id", "beneficiary_id", "term")
            var consents = sql.insert(into: ConsentModel.schema).columns(
                "id", "beneficiary_id", "notice_version", "channel", "given_at")
            var categories: [(UUID, UUID)] = []
            let protection = try database.protection
            for b in chunk {
                let values: [any Encodable & Sendable] = [
                    b.id, b.fileNumber, b.name.first, b.name.father, b.name.grandfather, b.name.family, b.latinName,
                    b.identity.type.rawValue, protection.seal(b.identity.value, as: .identityNumber),
                    protection.index(b.identity.value), b.identityExpiresOn?.description, b.nationality,
                    b.gender.rawValue, b.bornOn?.description, b.maritalStatus.rawValue,
                    b.phones.first ?? "", b.phones.dropFirst().first ?? "", b.city, b.district, b.address,
                    b.nationalAddressCode, b.incomeSources,
                    protection.seal(b.healthConditions, as: .healthConditions), b.preferredLanguage.rawValue,
                    b.preferredChannel.rawValue, b.branchID, ArabicText.normalizedForSearch(b.name.full),
                    1, now, now,
                ]
                rows = rows.values(values.map { SQLBind($0) })
                for term in Self.searchTerms(of: b, protection: protection).sorted() {
                    terms = terms.values([SQLBind(try database.ids.next()), SQLBind(b.id), SQLBind(term)])
                }
                consents = consents.values([
                    SQLBind(try database.ids.next()), SQLBind(b.id), SQLBind(PrivacyNotice.currentVersion),
                    SQLBind(consentChannel.rawValue), SQLBind(now),
                ])
                categories += b.categoryIDs.map { (b.id, $0) }
            }
            try await rows.run()
            try await terms.run()
            try await consents.run()
            if !categories.isEmpty {
                var links = sql.insert(into: BeneficiaryCategoryModel.schema).columns(
                    "id", "beneficiary_id", "category_id")
                for (beneficiaryID, categoryID) in categories {
                    links = links.values([
                        SQLBind(try database.ids.next()), SQLBind(beneficiaryID), SQLBind(categoryID),
                    ])
                }
                try await links.run()
            }
        }
    }

    /// Saves changes made to version `beneficiary.version`; refuses when the stored record moved on.
    public func update(_ beneficiary: Beneficiary, at now: Date) async throws {
        if let existing = try await find(identity: beneficiary.identity), existing != beneficiary.id {
            throw RegistryConflict.identityTaken(existingID: existing)
        }
        let sql = database as! any SQLDatabase
        let bumped = try await sql.update(BeneficiaryModel.schema)
            .set("version", to: beneficiary.version + 1)
            .where("id", .equal, beneficiary.id)
            .where("version", .equal, beneficiary.version)
            .returning("id")
            .all()
        guard !bumped.isEmpty, let row = try await BeneficiaryModel.find(beneficiary.id, on: database) else {
            throw RegistryConflict.changedBySomeoneElse
        }
        try Self.copy(beneficiary, into: row, protection: database.protection, at: now)
        try await row.update(on: database)
        try await replaceCategories(of: beneficiary.id, with: beneficiary.categoryIDs)
        try await replaceSearchTerms(of: beneficiary)
    }

    /// The beneficiary with this id.
    public func find(id: UUID) async throws -> Beneficiary? {
        guard let row = try await BeneficiaryModel.find(id, on: database) else { return nil }
        let categories = try await BeneficiaryCategoryModel.query(on: database).filter(\.$beneficiaryID == id).all()
            .map(\.categoryID)
        return try Self.beneficiary(from: row, categories: Set(categories), protection: database.protection)
    }

    /// The current consent record.
    public func consent(of id: UUID) async throws -> ConsentRecord? {
        guard
            let row = try await ConsentModel.query(on: database).filter(\.$beneficiaryID == id).sort(
                \.$givenAt, .descending
            ).first()
        else { return nil }
        return ConsentRecord(
            noticeVersion: row.noticeVersion, channel: ContactChannel(rawValue: row.channel) ?? .interview,
            staffID: row.staffID, givenAt: row.givenAt, withdrawnAt: row.withdrawnAt)
    }

    /// Beneficiaries whose identity expires from `from` through `through`, soonest first.
    public func identitiesExpiring(from: GregorianDay, through: GregorianDay, limit: Int = 20) async throws -> [(
        BeneficiarySummary, GregorianDay
    )] {
        let protection = try database.protection
        return try await BeneficiaryModel.query(on: database)
            .filter(\.$identityExpiresOn >= from.description).filter(\.$identityExpiresOn <= through.description)
            .sort(\.$identityExpiresOn).limit(limit).all()
            .compactMap { row in
                let beneficiary = try Self.beneficiary(from: row, categories: [], protection: protection)
                return beneficiary.identityExpiresOn.map { (Self.summary(beneficiary), $0) }
            }
    }

    /// How many beneficiaries there are.
    public func count() async throws -> Int {
        try await BeneficiaryModel.query(on: database).count()
    }

    /// A page of beneficiaries matching every word of `query` (name words, identity, phone or file
    /// number, matched as word prefixes after Arabic normalization), newest first, and whether
    /// more follow. An empty query lists everyone.
    /// With `withinBranch`, only that branch's beneficiaries and those of no branch.
    public func search(_ query: String, page: Int, perPage: Int, withinBranch: UUID? = nil) async throws -> (
        rows: [BeneficiarySummary], hasMore: Bool
    ) {
        // A whole phone number, however typed (+966…, spaces, dashes), is searched as its digits.
        let phoneDigits = (try? SaudiMobile.normalized(query).get()).map { String($0.dropFirst(4)) }
        let tokens = phoneDigits.map { ["0" + $0] } ?? Array(ArabicText.searchTokens(query).prefix(5))
        let sql = database as! any SQLDatabase
        let protection = try database.protection
        var select = sql.select()
            .columns(
                "id", "file_number", "first_name", "father_name", "grandfather_name", "family_name", "identity_type",
                "identity_number", "phone", "city", "born_on"
            )
            .from(BeneficiaryModel.schema)
        for token in tokens {
            let (lower, upper) = Self.prefixRange(token)
            // A whole identity number is found through its keyed hash, never by its digits.
            let terms = sql.select().column("beneficiary_id").from(SearchTermModel.schema)
            let matching =
                token.contains(where: \.isNumber)
                ? terms.where(group: { $0.where("term", .greaterThanOrEqual, lower).where("term", .lessThan, upper) })
                    .orWhere("term", .equal, Self.identityTerm(token, protection: protection))
                : terms.where("term", .greaterThanOrEqual, lower).where("term", .lessThan, upper)
            select = select.where(SQLColumn("id"), .in, SQLGroupExpression(matching.query))
        }
        if let withinBranch {
            select = select.where(group: {
                $0.where("branch_id", .equal, SQLBind(withinBranch)).orWhere("branch_id", .is, SQLLiteral.null)
            })
        }
        // File numbers grow with registration, so newest-first is file-number order, which the
        // unique index on file_number serves without sorting.
        let rows =
            try await select
            .orderBy("file_number", .descending)
            .limit(perPage + 1)
            .offset(max(0, page - 1) * perPage)
            .all()
        let summaries = try rows.prefix(perPage).map { row in
            let name = PersonName(
                first: try row.decode(column: "first_name", as: String.self),
                father: try row.decode(column: "father_name", as: String.self),
                grandfather: try row.decode(column: "grandfather_name", as: String.self),
                family: try row.decode(column: "family_name", as: String.self)
            )
            return BeneficiarySummary(
                id: try row.decode(column: "id", as: UUID.self),
                fileNumber: try row.decode(column: "file_number", as: String.self),
                fullName: name.full,
                identity: IdentityNumber(
                    storedType: IdentityType(rawValue: try row.decode(column: "identity_type", as: String.self))
                        ?? .nationalID,
                    value: try protection.open(
                        try row.decode(column: "identity_number", as: String.self), as: .identityNumber)),
                phone: try row.decode(column: "phone", as: String.self),
                city: try row.decode(column: "city", as: String.self),
                bornOn: try row.decode(column: "born_on", as: String?.self).flatMap(GregorianDay.init(iso:))
            )
        }
        return (summaries, rows.count > perPage)
    }

    /// Beneficiaries who might be the same person as `candidate`: those sharing its birth date or
    /// a phone (both indexed), scored by name similarity; highest score first.
    public func possibleDuplicates(of candidate: PersonFingerprint, excluding id: UUID?) async throws -> [(
        summary: BeneficiarySummary, match: DuplicateMatch
    )] {
        var rows: [BeneficiaryModel] = []
        if let bornOn = candidate.bornOn {
            rows += try await BeneficiaryModel.query(on: database).filter(\.$bornOn == bornOn.description).limit(200)
                .all()
        }
        if !candidate.phones.isEmpty {
            rows += try await BeneficiaryModel.query(on: database).group(.or) { group in
                group.filter(\.$phone ~~ candidate.phones).filter(\.$phoneOther ~~ candidate.phones)
            }.limit(200).all()
        }
        var seen = Set<UUID>()
        var matches: [(summary: BeneficiarySummary, match: DuplicateMatch)] = []
        for row in rows {
            guard let rowID = row.id, rowID != id, seen.insert(rowID).inserted else { continue }
            let existing = try Self.beneficiary(from: row, categories: [], protection: database.protection)
            let fingerprint = existing.fingerprint
            if let match = DuplicateCheck.match(candidate, against: fingerprint) {
                matches.append((Self.summary(existing), match))
            }
        }
        return matches.sorted { $0.match.score > $1.match.score }
    }

    /// Records that staff looked at a possible duplicate and decided.
    public func recordDuplicateDecision(
        beneficiaryID: UUID, otherID: UUID, isDuplicate: Bool, score: Int, decidedBy: UUID?, at now: Date
    ) async throws {
        let row = DuplicateDecisionModel()
        row.id = try database.ids.next()
        row.beneficiaryID = beneficiaryID
        row.otherID = otherID
        row.decision = isDuplicate ? "linked" : "notDuplicate"
        row.score = score
        row.decidedBy = decidedBy
        row.decidedAt = now
        try await row.create(on: database)
    }

    /// The decisions recorded about a beneficiary's possible duplicates.
    public func duplicateDecisions(of id: UUID) async throws -> [(
        otherID: UUID, isDuplicate: Bool, score: Int, decidedAt: Date
    )] {
        try await DuplicateDecisionModel.query(on: database).group(.or) {
            $0.filter(\.$beneficiaryID == id).filter(\.$otherID == id)
        }
        .sort(\.$decidedAt, .descending).all()
        .map {
            (
                otherID: $0.beneficiaryID == id ? $0.otherID : $0.beneficiaryID, isDuplicate: $0.decision == "linked",
                score: $0.score, decidedAt: $0.decidedAt
            )
        }
    }

    /// The words and numbers that find this beneficiary.
    static func searchTerms(of beneficiary: Beneficiary, protection: DataProtection) -> Set<String> {
        var terms = Set(ArabicText.searchTokens(beneficiary.name.full + " " + beneficiary.latinName))
        terms.formUnion(ArabicText.searchTokens(beneficiary.fileNumber))
        terms.insert(identityTerm(beneficiary.identity.value, protection: protection))
        for phone in beneficiary.phones {
            let digits = phone.filter(\.isNumber)
            terms.insert(digits)
            if digits.hasPrefix("966") { terms.insert("0" + digits.dropFirst(3)) }
        }
        return terms.filter { !$0.isEmpty }
    }

    /// The search term of an identity number: its keyed hash, behind a mark no typed word
    /// normalizes to, so the number itself is never stored and a prefix of it finds nothing.
    static func identityTerm(_ number: String, protection: DataProtection) -> String {
        "~" + protection.index(number)
    }

    /// The range of terms that start with `prefix`, in code-point order on both databases.
    static func prefixRange(_ prefix: String) -> (String, String) {
        (prefix, prefix + "\u{10FFFF}")
    }

    private func replaceSearchTerms(of beneficiary: Beneficiary) async throws {
        try await SearchTermModel.query(on: database).filter(\.$beneficiaryID == beneficiary.id).delete()
        for term in try Self.searchTerms(of: beneficiary, protection: database.protection).sorted() {
            try await SearchTermModel(id: try database.ids.next(), beneficiaryID: beneficiary.id, term: term).create(
                on: database)
        }
    }

    private func replaceCategories(of id: UUID, with categories: Set<UUID>) async throws {
        try await BeneficiaryCategoryModel.query(on: database).filter(\.$beneficiaryID == id).delete()
        for category in categories {
            let row = BeneficiaryCategoryModel()
            row.id = try database.ids.next()
            row.beneficiaryID = id
            row.categoryID = category
            try await row.create(on: database)
        }
    }

    private static func copy(
        _ beneficiary: Beneficiary, into row: BeneficiaryModel, protection: DataProtection, at now: Date
    ) {
        row.fileNumber = beneficiary.fileNumber
        row.firstName = beneficiary.name.first
        row.fatherName = beneficiary.name.father
        row.grandfatherName = beneficiary.name.grandfather
        row.familyName = beneficiary.name.family
        row.latinName = beneficiary.latinName
        row.identityType = beneficiary.identity.type.rawValue
        row.identityNumber = protection.seal(beneficiary.identity.value, as: .identityNumber)
        row.identityHash = protection.index(beneficiary.identity.value)
        row.identityExpiresOn = beneficiary.identityExpiresOn?.description
        row.nationality = beneficiary.nationality
        row.gender = beneficiary.gender.rawValue
        row.bornOn = beneficiary.bornOn?.description
        row.maritalStatus = beneficiary.maritalStatus.rawValue
        row.phone = beneficiary.phones.first ?? ""
        row.phoneOther = beneficiary.phones.dropFirst().first ?? ""
        row.city = beneficiary.city
        row.district = beneficiary.district
        row.address = beneficiary.address
        row.nationalAddressCode = beneficiary.nationalAddressCode
        row.incomeSources = beneficiary.incomeSources
        row.healthConditions = protection.seal(beneficiary.healthConditions, as: .healthConditions)
        row.preferredLanguage = beneficiary.preferredLanguage.rawValue
        row.preferredChannel = beneficiary.preferredChannel.rawValue
        row.branchID = beneficiary.branchID
        row.searchName = ArabicText.normalizedForSearch(beneficiary.name.full)
        row.updatedAt = now
    }

    static func beneficiary(from row: BeneficiaryModel, categories: Set<UUID>, protection: DataProtection) throws
        -> Beneficiary
    {
        Beneficiary(
            id: row.id!,
            fileNumber: row.fileNumber,
            name: PersonName(
                first: row.firstName, father: row.fatherName, grandfather: row.grandfatherName, family: row.familyName),
            latinName: row.latinName,
            identity: IdentityNumber(
                storedType: IdentityType(rawValue: row.identityType) ?? .nationalID,
                value: try protection.open(row.identityNumber, as: .identityNumber)),
            identityExpiresOn: row.identityExpiresOn.flatMap(GregorianDay.init(iso:)),
            nationality: row.nationality,
            gender: Gender(rawValue: row.gender) ?? .male,
            bornOn: row.bornOn.flatMap(GregorianDay.init(iso:)),
            maritalStatus: MaritalStatus(rawValue: row.maritalStatus) ?? .single,
            phones: [row.phone, row.phoneOther].filter { !$0.isEmpty },
            city: row.city,
            district: row.district,
            address: row.address,
            nationalAddressCode: row.nationalAddressCode,
            incomeSources: row.incomeSources,
            healthConditions: try protection.open(row.healthConditions, as: .healthConditions),
            preferredLanguage: Language(rawValue: row.preferredLanguage) ?? .arabic,
            preferredChannel: ContactChannel(rawValue: row.preferredChannel) ?? .phone,
            branchID: row.branchID,
            categoryIDs: categories,
            version: row.version
        )
    }

    static func summary(_ beneficiary: Beneficiary) -> BeneficiarySummary {
        BeneficiarySummary(
            id: beneficiary.id, fileNumber: beneficiary.fileNumber, fullName: beneficiary.name.full,
            identity: beneficiary.identity, phone: beneficiary.phones.first ?? "", city: beneficiary.city,
            bornOn: beneficiary.bornOn)
    }
}
