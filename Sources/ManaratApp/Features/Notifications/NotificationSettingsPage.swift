/// How a beneficiary is reached: the channel, an e-mail address where e-mail is offered, and
/// opting out of everything but the inbox.
enum NotificationSettingsPage {}
