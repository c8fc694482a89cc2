/// Asking a question in the portal, with an optional photo or PDF that explains it.
enum PortalAskPage {}
