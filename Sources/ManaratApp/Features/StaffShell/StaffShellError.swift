import Vapor

/// What the staff shell's service cannot do.
enum StaffShellError: Error, AbortError {
    /// The signed-in account no longer exists (removed while its session was open).
    case accountGone

    var status: HTTPResponseStatus { .notFound }
    var reason: String { "The account no longer exists." }
}
