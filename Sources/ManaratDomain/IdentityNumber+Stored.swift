import Foundation

extension IdentityNumber {
    /// An identity read back from storage, where it was validated when it was saved; it is not
    /// validated again so a rule tightened later cannot make an old record unreadable.
    public init(storedType: IdentityType, value: String) {
        self.type = storedType
        self.value = value
    }
}
