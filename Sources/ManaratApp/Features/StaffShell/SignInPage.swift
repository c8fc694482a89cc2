/// The staff sign-in page.
enum SignInPage {}
