/// The message log an administrator reads while no SMS gateway is connected: every SMS the
/// development sender would have sent.
enum MessageLogPage {}
