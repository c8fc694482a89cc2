/// Registering oneself in the portal: identity, name, mobile, city and consent.
enum PortalRegisterPage {}
