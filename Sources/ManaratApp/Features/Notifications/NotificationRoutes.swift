import ManaratDomain
import Vapor

/// Notifications: the outbox and its resends, the templates, the message log, and the
/// beneficiary's inbox and how they are reached.
enum NotificationRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let outboxReaders = NotificationsController.outboxReaders
        let notifications = NotificationsController()
        routes.on(.GET, StaffURL.outbox, access: .staff(outboxReaders), use: notifications.outbox)
        routes.on(.POST, StaffURL.outboxResend(placeholder), access: .staff(outboxReaders), use: notifications.resend)
        routes.on(.GET, StaffURL.templates, access: .staff([.admin]), use: notifications.templates)
        routes.on(
            .GET, StaffURL.templateEdit(.requestReceived, .sms, .arabic), access: .staff([.admin]),
            use: notifications.showTemplate)
        routes.on(
            .POST, StaffURL.templateEdit(.requestReceived, .sms, .arabic), access: .staff([.admin]),
            use: notifications.saveTemplate)
        routes.on(.GET, PortalURL.inbox, access: .beneficiary, use: notifications.inbox)
        routes.on(.GET, PortalURL.notificationSettings, access: .beneficiary, use: notifications.showSettings)
        routes.on(.POST, PortalURL.notificationSettings, access: .beneficiary, use: notifications.saveSettings)
        routes.on(.GET, StaffURL.messages, access: .staff([.admin]), use: notifications.messages)
    }
}
