/// The policy and guide library: the version in force of each document, and which the reader has not read.
enum LibraryPage {}
