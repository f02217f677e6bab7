import EgideCore

/// Checks an import file's lines and cells against ``ImportLimits`` as its
/// bytes are read, in one pass that keeps no more than a few counters, so
/// that a file with a 100 MB cell is refused after reading just past the
/// cell limit.
///
/// A CSV cell ends at a comma or semicolon outside quotes (either may be
/// the separator), a line at a line feed outside quotes; the line limit
/// bounds a row however its cells are split. In JSON, each string is a
/// cell; a JSON file may be one line, so the line limit does not apply.
public struct ImportSizeCheck: Sendable {
  /// The limits checked.
  public let limits: ImportLimits
  /// How messages name the file (`file 'cases.csv'`).
  public let name: String
  /// What sets the line limit, as messages say it
  /// (`limits.import_line_bytes in the configuration file`).
  public let lineSetting: String
  /// What sets the cell limit, as messages say it.
  public let cellSetting: String

  private var isJSON: Bool?
  private var quoted = false
  private var escaped = false
  private var line = 1
  private var lineBytes = 0
  private var cellBytes = 0

  /// A check of the file `name`, in `format` (`csv`, `json`, or `nil` to
  /// tell from its first character).
  ///
  /// - Parameters:
  ///   - limits: the limits.
  ///   - name: how messages name the file.
  ///   - format: `json`, `csv`, or `nil` when not known yet.
  ///   - lineSetting: what sets the line limit, as messages say it.
  ///   - cellSetting: what sets the cell limit, as messages say it.
  public init(
    limits: ImportLimits, name: String, format: String?,
    lineSetting: String, cellSetting: String
  ) {
    self.limits = limits
    self.name = name
    self.lineSetting = lineSetting
    self.cellSetting = cellSetting
    isJSON = format.map { $0.lowercased() == "json" }
  }

  /// Checks the next bytes of the file.
  ///
  /// - Parameter bytes: the bytes that follow those already checked.
  /// - Throws: ``DomainError`` `.unacceptableValue` naming the file, the
  ///   line and the limit passed.
  public mutating func check(_ bytes: UnsafeRawBufferPointer)
    throws(DomainError)
  {
    for byte in bytes {
      if isJSON == nil {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"): isJSON = true
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"),
          UInt8(ascii: "\r"), 0xEF, 0xBB, 0xBF:
          break
        default: isJSON = false
        }
      }
      if isJSON == true { try json(byte) } else { try csv(byte) }
    }
  }

  /// Counts one byte of a CSV file.
  private mutating func csv(_ byte: UInt8) throws(DomainError) {
    lineBytes += 1
    cellBytes += 1
    switch byte {
    case UInt8(ascii: "\""): quoted.toggle()
    case UInt8(ascii: ","), UInt8(ascii: ";"): if !quoted { cellBytes = 0 }
    case UInt8(ascii: "\n"):
      line += 1
      if !quoted {
        lineBytes = 0
        cellBytes = 0
      }
    default: break
    }
    if cellBytes > limits.cellBytes {
      throw tooLong("a cell", limits.cellBytes, cellSetting)
    }
    if lineBytes > limits.lineBytes {
      throw tooLong("a line", limits.lineBytes, lineSetting)
    }
  }

  /// Counts one byte of a JSON file.
  private mutating func json(_ byte: UInt8) throws(DomainError) {
    if byte == UInt8(ascii: "\n") { line += 1 }
    guard quoted else {
      if byte == UInt8(ascii: "\"") {
        quoted = true
        cellBytes = 0
      }
      return
    }
    cellBytes += 1
    if escaped {
      escaped = false
    } else if byte == UInt8(ascii: "\\") {
      escaped = true
    } else if byte == UInt8(ascii: "\"") {
      quoted = false
    }
    if cellBytes > limits.cellBytes {
      throw tooLong("a string", limits.cellBytes, cellSetting)
    }
  }

  /// The refusal of a part longer than its limit.
  private func tooLong(_ part: String, _ limit: Int, _ setting: String)
    -> DomainError
  {
    DomainError(
      .unacceptableValue,
      "\(name), line \(line): \(part) is longer than \(limit) bytes; at most \(limit) bytes (\(BoundedFile.describe(bytes: limit))) are accepted (\(setting))",
      field: "content")
  }
}
