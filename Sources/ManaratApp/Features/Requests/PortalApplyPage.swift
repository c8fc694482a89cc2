/// The portal's list of services a beneficiary may apply for.
enum PortalApplyPage {}
