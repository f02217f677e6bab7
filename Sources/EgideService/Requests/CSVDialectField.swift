import EgideCore
import EgideReports

extension CSVDialect {
  /// The dialect a request's `csvDialect` field asks for, `standard` when
  /// it gives none.
  ///
  /// - Parameters:
  ///   - text: the field, if given.
  ///   - format: the code of the document's format, already checked.
  /// - Returns: the dialect.
  /// - Throws: ``DomainError`` naming `csvDialect` for an unknown dialect,
  ///   or a dialect with a format other than `csv`.
  static func requested(_ text: String?, format: String) throws -> CSVDialect {
    guard let text else { return .standard }
    let dialect = try Field.parse("csvDialect") { try CSVDialect.parse(text) }
    guard format == "csv" else {
      throw DomainError(
        .invalidValue,
        "{csvDialect} '\(text)' applies to CSV only, and the format is \(format); add {format} csv, or leave out {csvDialect}",
        field: "csvDialect")
    }
    return dialect
  }
}
