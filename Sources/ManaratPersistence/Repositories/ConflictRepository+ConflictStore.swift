extension ConflictRepository: ConflictStore {}
