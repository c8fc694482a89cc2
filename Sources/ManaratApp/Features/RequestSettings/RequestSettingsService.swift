import Foundation
import ManaratDomain
import ManaratPersistence

/// Setting up request types, holidays and the numbers requests run on, given the store; it
/// holds no request.
struct RequestSettingsService: Sendable {
    let store: any RequestSettingsStore

    /// `form` as the type `id`: the type, or every problem with it, a code another type has included.
    func check(_ form: RequestTypeForm, as id: UUID) async throws -> Result<RequestType, RequestSettingsProblems> {
        var (type, problems) = form.parsed(as: id)
        if let code = StaffRules.normalizedCode(form.code ?? ""), !code.isEmpty,
            try await store.typeCodeTaken(code, except: id)
        {
            problems.insert(.codeTaken, at: 0)
        }
        guard problems.isEmpty, let type else { return .failure(RequestSettingsProblems(problems: problems)) }
        return .success(type)
    }

    /// Saves `type`.
    func save(_ type: RequestType) async throws {
        try await store.save(type)
    }

    /// Adds `days` as holidays named `name`.
    func addHolidays(_ days: [GregorianDay], name: String) async throws {
        try await store.addHolidays(days, name: name)
    }

    /// Makes `day` a working day again.
    func removeHoliday(_ day: GregorianDay) async throws {
        try await store.removeHoliday(day)
    }

    /// Saves `settings`.
    func save(_ settings: RequestSettings) async throws {
        try await store.setIntegerSetting(RequestSettingKey.responseWorkingDays, settings.responseWorkingDays)
        try await store.setIntegerSetting(RequestSettingKey.committeeQuorum, settings.quorum)
        try await store.setIntegerSetting(RequestSettingKey.inquiryAnswerDays, settings.inquiryAnswerDays)
    }
}
