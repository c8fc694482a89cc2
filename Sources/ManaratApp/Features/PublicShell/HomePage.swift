/// The public front page: what the association does and every channel that reaches it.
enum HomePage {}
