/// Beneficiaries' open data-subject requests (access, correction, deletion) with their 30-day clock.
enum DataRequestsPage {}
