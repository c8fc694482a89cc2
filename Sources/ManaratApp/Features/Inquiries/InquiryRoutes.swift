import ManaratDomain
import Vapor

/// Inquiries: asked from the portal or recorded from any channel, answered, referred, rated.
enum InquiryRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let readers = InquiryController.readers
        let answerers = InquiryController.answerers
        let inquiries = InquiryController()
        routes.on(.GET, PortalURL.ask, access: .beneficiary, use: inquiries.showAsk)
        routes.on(
            .POST, PortalURL.ask, access: .beneficiary, body: .collect(maxSize: Uploads.bodyLimit(configuration)),
            use: inquiries.ask)
        routes.on(.GET, PortalURL.inquiryAttachment(placeholder), access: .beneficiary, use: inquiries.ownAttachment)
        routes.on(.GET, PortalURL.inquiry(placeholder), access: .beneficiary, use: inquiries.showOwn)
        routes.on(.POST, PortalURL.inquiryRate(placeholder), access: .beneficiary, use: inquiries.rate)
        routes.on(.GET, StaffURL.inquiries, access: .staff(readers), use: inquiries.list)
        routes.on(.GET, StaffURL.inquiryNew(placeholder), access: .staff(answerers), use: inquiries.showRecord)
        routes.on(.POST, StaffURL.inquiryNew(placeholder), access: .staff(answerers), use: inquiries.record)
        routes.on(.GET, StaffURL.inquiry(placeholder), access: .staff(readers), use: inquiries.show)
        routes.on(
            .GET, StaffURL.inquiryAttachment(placeholder), access: .staff(readers), use: inquiries.staffAttachment)
        routes.on(.POST, StaffURL.inquiryAnswer(placeholder), access: .staff(answerers), use: inquiries.answer)
        routes.on(.POST, StaffURL.inquiryRefer(placeholder), access: .staff(answerers), use: inquiries.refer)
        routes.on(.POST, StaffURL.inquiryAssign(placeholder), access: .staff(answerers), use: inquiries.assign)
        routes.on(
            .POST, StaffURL.inquiryConvert(placeholder), access: .staff(RequestRoutes.intake), use: inquiries.convert)
    }
}
