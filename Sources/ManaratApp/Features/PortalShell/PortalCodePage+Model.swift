extension PortalCodePage {
    /// What the code page shows.
    struct Model: Sendable, Equatable {
        /// Why the last code was refused, if it was.
        var refusal: PortalVerifyOutcome?
    }
}
