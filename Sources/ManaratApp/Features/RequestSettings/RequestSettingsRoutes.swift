import ManaratDomain
import Vapor

/// The settings requests run on: request types, holidays, the response window and quorum.
enum RequestSettingsRoutes {
    static func register(on routes: any RoutesBuilder, configuration: AppConfiguration) {
        let placeholder = UUID.routePlaceholder
        let settings = RequestSettingsController()
        routes.on(.GET, StaffURL.requestTypes, access: .staff([.admin]), use: settings.types)
        routes.on(.GET, StaffURL.requestTypeNew, access: .staff([.admin]), use: settings.showNewType)
        routes.on(.POST, StaffURL.requestTypeNew, access: .staff([.admin]), use: settings.createType)
        routes.on(.GET, StaffURL.requestTypeEdit(placeholder), access: .staff([.admin]), use: settings.showEditType)
        routes.on(.POST, StaffURL.requestTypeEdit(placeholder), access: .staff([.admin]), use: settings.updateType)
        routes.on(.GET, StaffURL.holidays, access: .staff([.admin]), use: settings.holidays)
        routes.on(.POST, StaffURL.holidays, access: .staff([.admin]), use: settings.addHolidays)
        routes.on(.POST, StaffURL.holidayRemove, access: .staff([.admin]), use: settings.removeHoliday)
        routes.on(.GET, StaffURL.requestSettings, access: .staff([.admin]), use: settings.showSettings)
        routes.on(.POST, StaffURL.requestSettings, access: .staff([.admin]), use: settings.saveSettings)
    }
}
