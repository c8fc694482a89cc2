/// One version of a library document, its history, and who has read it.
enum PolicyVersionPage {}
