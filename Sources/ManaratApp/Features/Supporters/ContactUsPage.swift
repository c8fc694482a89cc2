/// The public "contact us" page: the policy's channels, the branches, and the form supporters
/// and donors write to the association with.
enum ContactUsPage {}
