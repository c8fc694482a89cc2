import ManaratDomain

extension PortalRepository: DataRequestStore {}
