/// The supporters and donors, searched by name, with the way to add one.
enum SupporterList {}
