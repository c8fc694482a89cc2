import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// What every page's frame needs to know about the request.
struct PageContext {
    let strings: Strings
    var csrfToken: String
    let staff: StaffMember?
    let beneficiaryName: String?
    let currentPath: String
    let timeZone: TimeZone
    let today: GregorianDay
    /// A fresh idempotency key for the forms of this page that create a record (`submissionField`).
    var submissionKey: String

    var language: ManaratDomain.Language { strings.language }
    var dates: DateText { DateText(strings: strings, timeZone: timeZone) }

    /// A context from its parts: what a snapshot test renders a page with, from a `.mock` model
    /// and no request.
    init(
        strings: Strings, csrfToken: String, staff: StaffMember?, beneficiaryName: String?, currentPath: String,
        timeZone: TimeZone, today: GregorianDay, submissionKey: String
    ) {
        self.strings = strings
        self.csrfToken = csrfToken
        self.staff = staff
        self.beneficiaryName = beneficiaryName
        self.currentPath = currentPath
        self.timeZone = timeZone
        self.today = today
        self.submissionKey = submissionKey
    }

    init(request: Request) {
        self.strings = request.strings
        self.csrfToken = CSRF.token(for: request)
        self.staff = request.staff
        self.beneficiaryName = request.signedInBeneficiary?.displayName
        self.currentPath = request.url.path
        self.timeZone = request.manarat.configuration.timeZone
        self.today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        self.submissionKey = request.newID().uuidString.lowercased()
    }
}
