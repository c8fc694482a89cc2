import Fluent
import Foundation
import ManaratDomain

extension Strings {
    func inquiryCategory(_ category: InquiryCategory) -> String {
        switch category {
        case .services: return self[.inquiryCategoryServices]
        case .requests: return self[.inquiryCategoryRequests]
        case .documents: return self[.inquiryCategoryDocuments]
        case .payments: return self[.inquiryCategoryPayments]
        case .other: return self[.inquiryCategoryOther]
        }
    }

    func inquiryStatus(_ status: InquiryStatus) -> String {
        switch status {
        case .open: return self[.inquiryStatusOpen]
        case .referred: return self[.inquiryStatusReferred]
        case .answered: return self[.inquiryStatusAnswered]
        }
    }
}
