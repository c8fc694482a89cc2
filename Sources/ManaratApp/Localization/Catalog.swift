/// The string catalogs, one dictionary per language, in `Catalog+Arabic.swift` and `Catalog+English.swift`.
enum Catalog {}
