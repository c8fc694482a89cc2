/// Entering the one-time code.
enum PortalCodePage {}
