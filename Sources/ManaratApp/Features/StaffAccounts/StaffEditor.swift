/// Creating or editing a staff account, and resetting its password.
enum StaffEditor {}
