/// The association's holidays, which the response clocks skip.
enum HolidaysPage {}
