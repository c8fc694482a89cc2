/// The portal's sign-in: an identity number and a mobile, then a code by SMS.
enum PortalSignInPage {}
