extension RateLimitRepository: AttemptCounter {}
