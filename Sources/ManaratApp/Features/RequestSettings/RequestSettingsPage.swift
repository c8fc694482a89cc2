/// The numbers requests run on: the response window, the quorum and the inquiries' window.
enum RequestSettingsPage {}
