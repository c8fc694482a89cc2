/// Taking in a new request for a beneficiary: choose the type, read what it needs, fill in its fields.
enum RequestNewPage {}
