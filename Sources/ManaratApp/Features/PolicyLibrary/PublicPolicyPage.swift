/// The association's relations policy in force, for anyone.
enum PublicPolicyPage {}
