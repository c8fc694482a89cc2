/// A message from the public contact page, checked: the supporter it makes and what they wrote.
struct ContactUsDraft: Sendable, Equatable {
    var supporter: SupporterDraft
    var message: String
}
