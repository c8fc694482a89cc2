extension OutboxRepository: NotificationStore {}
