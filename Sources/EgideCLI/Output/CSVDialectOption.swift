import ArgumentParser
import EgideReports

extension CSVDialect {
  /// Refuses `--csv-dialect` with a format other than CSV, in one line
  /// naming the option, its value and the format it needs.
  ///
  /// A format that is not one of `formats` is left for the command to
  /// refuse with its own message.
  ///
  /// - Parameters:
  ///   - dialect: the code given with `--csv-dialect`, if any.
  ///   - format: the `--format` given, or the command's default.
  ///   - formats: the formats the command accepts.
  /// - Throws: `ValidationError` when a dialect is given with a format
  ///   that is not `csv`.
  static func check(_ dialect: String?, format: String, formats: [String])
    throws
  {
    let format = format.lowercased()
    guard let dialect, format != "csv", formats.contains(format) else {
      return
    }
    throw ValidationError(
      "--csv-dialect '\(dialect)' applies to CSV only, and the format is \(format); add --format csv, or leave out --csv-dialect"
    )
  }
}
