import Foundation
import ManaratDomain

@testable import ManaratApp

extension PageContext {
    /// A page's context on 21 February 2023 in Riyadh, with fixed tokens: what a snapshot renders
    /// with, so that only the page itself can change it.
    static func mock(_ language: Language, staff: StaffMember? = nil, path: String = "/") -> PageContext {
        PageContext(
            strings: Strings(language: language), csrfToken: "CSRF", staff: staff, beneficiaryName: nil,
            currentPath: path, timeZone: TimeZone(identifier: "Asia/Riyadh")!,
            today: GregorianDay(year: 2023, month: 2, day: 21)!, submissionKey: "SUBMISSION")
    }
}
