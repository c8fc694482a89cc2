/// The administrators' list of request types, with the ways to holidays and settings.
enum RequestTypeList {}
