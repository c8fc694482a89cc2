import Fluent
import ManaratDomain
import ManaratPersistence

extension ServicesPage.Model {
    /// The active request types, each with the categories it is for.
    static func query(on database: any Database) async throws -> Self {
        let types = try await RequestTypeRepository(database: database).types().filter(\.isActive)
        let categories = Dictionary(
            uniqueKeysWithValues: try await CategoryRepository(database: database).all().map { ($0.id, $0) })
        return Self(
            services: types.map { type in
                ServicesPage.Service(
                    type: type,
                    eligibleCategories: type.eligibleCategoryIDs.compactMap { categories[$0] }
                        .sorted { $0.nameArabic < $1.nameArabic })
            })
    }
}
