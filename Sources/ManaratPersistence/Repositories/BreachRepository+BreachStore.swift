import ManaratDomain

extension BreachRepository: BreachStore {}
