/// The management dashboard: figures in aggregate only, for improvement, never to rank people.
/// Charts are SVG drawn on the server; every table downloads as CSV.
enum DashboardPage {}
