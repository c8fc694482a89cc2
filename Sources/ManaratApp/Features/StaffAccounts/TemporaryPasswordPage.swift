/// Shows a password an administrator just set, once: it is not stored anywhere it could be read again.
enum TemporaryPasswordPage {}
