/// Changing one's own password; forced after an administrator set it.
enum PasswordPage {}
