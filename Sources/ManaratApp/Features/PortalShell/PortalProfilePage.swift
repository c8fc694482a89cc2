/// The beneficiary keeping their contact details current.
enum PortalProfilePage {}
