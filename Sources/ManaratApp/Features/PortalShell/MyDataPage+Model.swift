extension MyDataPage {
    /// What "my data" shows.
    struct Model: Sendable {
        /// Everything held about the beneficiary.
        var export: PortalDataExport
        /// Whether the last data request was sent without its words.
        var detailsMissing: Bool
    }
}
