import EgideService
import Foundation

/// The sizes of the files egide reads that the configuration file may
/// change (`[limits]`), each between 1 and its hard maximum.
///
/// - `import_file_bytes` (default and most: 128 MiB), `import_line_bytes`
///   (1 MiB), `import_cell_bytes` (128 KiB): an import file, one of its
///   lines, one of its cells.
/// - `scan_files` (1,000) and `scan_bytes` (64 MiB, also the most): the
///   decision files `exposure scan` sends in one scan, and their total
///   size; more are sent in several (``ScanBatches``), but for a scan that
///   files requests, which is refused beyond them.
struct InputLimits: Equatable {
  /// The limits of an import.
  var imports = ImportLimits.standard
  /// The most decision files sent in one scan.
  var scanFiles = 1000
  /// The most bytes sent in one scan, all files together.
  var scanBytes = ScanExposure.maximumSize

  /// The configuration keys, with the largest value each accepts.
  static let settings: [(key: String, maximum: Int)] = [
    ("limits.import_file_bytes", ImportCases.maximumSize),
    ("limits.import_line_bytes", ImportCases.maximumSize),
    ("limits.import_cell_bytes", ImportCases.maximumSize),
    ("limits.scan_files", 100_000),
    ("limits.scan_bytes", ScanExposure.maximumSize),
  ]

  /// The limits the configuration file of this environment sets.
  ///
  /// - Parameter environment: where the configuration file is looked up.
  /// - Returns: the limits, the defaults where the file sets none.
  /// - Throws: ``CLIError`` `.configuration` naming a key whose value is
  ///   not a number in its range.
  static func load(environment: [String: String]) throws -> InputLimits {
    let config = try ConfigFile.load(environment: environment)
    var limits = InputLimits()
    for (key, maximum) in settings {
      guard let text = config.values[key] else { continue }
      guard let value = Int(text), (1...maximum).contains(value) else {
        throw CLIError(
          .configuration,
          "\(key) '\(text)' in \(config.path ?? "the config file") is not a number of \(key == "limits.scan_files" ? "files" : "bytes"); accepted: 1 to \(maximum)"
        )
      }
      switch key {
      case "limits.import_file_bytes": limits.imports.fileBytes = value
      case "limits.import_line_bytes": limits.imports.lineBytes = value
      case "limits.import_cell_bytes": limits.imports.cellBytes = value
      case "limits.scan_files": limits.scanFiles = value
      default: limits.scanBytes = value
      }
    }
    return limits
  }
}
