/// The beneficiary's household in the portal, with the changes they propose and their answers.
enum PortalHouseholdPage {}
