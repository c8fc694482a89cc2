/// The administrator's list of staff accounts.
enum StaffList {}
