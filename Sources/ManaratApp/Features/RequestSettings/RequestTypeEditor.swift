/// Adding or editing a request type.
enum RequestTypeEditor {}
