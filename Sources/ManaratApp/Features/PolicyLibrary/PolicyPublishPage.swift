/// An administrator publishing a new version of a library document.
enum PolicyPublishPage {}
