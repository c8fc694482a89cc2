import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Installation-wide values shared by every instance.
public struct SettingsRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The value stored under `key`.
    public func value(_ key: String) async throws -> String? {
        try await SettingModel.find(key, on: database)?.value
    }

    /// Stores `value` under `key`, replacing what was there; call inside a write transaction.
    public func set(_ key: String, to value: String) async throws {
        if let row = try await SettingModel.find(key, on: database) {
            row.value = value
            try await row.update(on: database)
        } else {
            try await SettingModel(key: key, value: value).create(on: database)
        }
    }

    /// The value under `key`, storing `make()` first if there is none.
    ///
    /// When two instances start together both may try to store a value; the loser's insert fails
    /// on the primary key and it reads the winner's, so every instance ends up with the same one.
    public func valueCreatingIfMissing(_ key: String, make: () -> String) async throws -> String {
        if let existing = try await value(key) { return existing }
        do {
            try await SettingModel(key: key, value: make()).create(on: database)
        } catch {
            guard let existing = try await value(key) else { throw error }
            return existing
        }
        return try await value(key)!
    }
}
