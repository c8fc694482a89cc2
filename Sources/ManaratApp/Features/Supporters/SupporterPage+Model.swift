import ManaratDomain

extension SupporterPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        var supporter: Supporter
        /// Their gifts, newest first.
        var entries: [SupportEntry]
        /// Their contacts, newest first, each with the name of the staff member who recorded it.
        var contacts: [ContactLine]
        /// Whether the reader may edit the supporter, record gifts and log contacts.
        var mayManage: Bool
        /// Whether something was just saved.
        var saved: Bool

        /// Everything given in cash.
        var cashTotal: Money { total(of: .cash) }
        /// The value of everything given in kind.
        var inKindTotal: Money { total(of: .inKind) }

        private func total(of kind: SupportKind) -> Money {
            Money(halalas: entries.filter { $0.kind == kind }.map(\.amount.halalas).reduce(0, +))
        }
    }
}
