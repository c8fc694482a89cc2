import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

extension Strings {
    func articleCategory(_ code: String) -> String {
        switch code {
        case "services": return self[.inquiryCategoryServices]
        case "requests": return self[.inquiryCategoryRequests]
        case "documents": return self[.inquiryCategoryDocuments]
        case "payments": return self[.inquiryCategoryPayments]
        case "volunteering": return self[.navVolunteers]
        default: return self[.inquiryCategoryOther]
        }
    }
}
