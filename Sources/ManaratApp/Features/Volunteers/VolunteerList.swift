/// The volunteers, filtered by where their application stands, with the way to record one.
enum VolunteerList {
    /// The query parameter that filters the list by status, which the filter's links write.
    static let statusParameter = "status"
}
