/// The meeting's minutes (محضر الاجتماع) as a page made for printing.
enum MinutesPage {}
