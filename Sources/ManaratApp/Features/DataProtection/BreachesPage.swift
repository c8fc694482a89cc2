/// The breach register (PDPL): each incident with the 72 hours to the regulator's notice, and
/// the form to record a new one.
enum BreachesPage {}
