import ManaratDomain

/// A delivery schedule, checked.
struct DeliveryPlan: Sendable, Equatable {
    var kind: ServiceKind
    /// Each instalment's amount; zero for a service in kind or a referral.
    var amount: Money
    var method: PaymentMethod?
    var iban: IBAN?
    var items: String
    var referralTo: String
    var firstDue: GregorianDay
    /// The number of monthly instalments.
    var count: Int
}
