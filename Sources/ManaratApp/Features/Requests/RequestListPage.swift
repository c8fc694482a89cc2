/// Staff lists of requests: open ones by due day, overdue, due in three working days, mine, for
/// delivery, all; each searchable.
enum RequestListPage {}
