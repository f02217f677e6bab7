/// The sizes an import file may reach: the whole file, one line and one
/// cell, so that reading and checking it takes bounded memory whatever
/// the file holds.
public struct ImportLimits: Sendable, Equatable {
  /// The most bytes in the file.
  public var fileBytes: Int
  /// The most bytes in one line of a CSV file (line breaks inside quoted
  /// cells included).
  public var lineBytes: Int
  /// The most bytes in one cell of a CSV file or one string of a JSON
  /// file.
  public var cellBytes: Int

  /// The limits used when the configuration sets none: 128 MiB per file
  /// (some 250,000 cases), 1 MiB per line and 128 KiB per cell, above
  /// the longest text a case keeps.
  public static let standard = ImportLimits(
    fileBytes: ImportCases.maximumSize, lineBytes: 1 << 20, cellBytes: 128 << 10
  )

  /// Limits of the given sizes.
  ///
  /// - Parameters:
  ///   - fileBytes: the most bytes in the file.
  ///   - lineBytes: the most bytes in one line.
  ///   - cellBytes: the most bytes in one cell.
  public init(fileBytes: Int, lineBytes: Int, cellBytes: Int) {
    self.fileBytes = fileBytes
    self.lineBytes = lineBytes
    self.cellBytes = cellBytes
  }
}
