import EgideCore
import Foundation

/// One case of an import file, before validation: where it is in the file
/// and its cells by column name.
struct ImportRecord {
  /// The line the record starts on, from 1.
  var line: Int
  /// Where the record is, as messages say it: `line 4`, or
  /// `line 12 (object 3)` in JSON.
  var location: String
  /// The cells by column name; a column absent from the record has no
  /// entry, an empty cell an empty string.
  var cells: [String: String]
  /// What is wrong with the record's shape (a JSON value of the wrong
  /// type, an unknown key), found while reading it.
  var problems: [ImportProblem] = []
  /// Whether the record is not a case at all (a JSON value that is not
  /// an object): only ``problems`` are reported for it.
  var isMalformed = false
}

/// One thing wrong with one record: where, which field, and why.
struct ImportProblem: Error, CustomStringConvertible {
  var location: String
  var field: String
  var reason: String

  var description: String { "\(location), \(field): \(reason)" }
}

/// The formats `egide import` reads.
enum ImportFormat: String, DomainValue {
  case csv
  case json
  static let fieldName = "format"
}

/// Reading an import file into records: CSV as spreadsheets save it
/// (comma or semicolon separated, UTF-8 with or without a byte order
/// mark, CRLF or LF), or a JSON array of objects.
enum ImportSource {
  /// Reads a file's records one at a time, in the file's order.
  ///
  /// Records are not kept: a CSV file's rows are handed to `body` as they
  /// are read, so that memory does not grow with the file. The format is
  /// `format`, else the one the name's extension (`.csv`, `.json`), else
  /// the content, says.
  ///
  /// A fault found late in the file (a quote never closed, no case at
  /// all) is thrown after `body` has seen the records before it: call it
  /// where a throw undoes what `body` did (a transaction).
  ///
  /// - Parameters:
  ///   - data: the file's bytes.
  ///   - path: the file's name, as messages show it and for its
  ///     extension.
  ///   - format: the format, when it was given.
  ///   - body: told each record.
  /// - Throws: ``DomainError`` `.unacceptableValue` for a file that is not
  ///   UTF-8, empty, has no case, or whose header or JSON structure is
  ///   wrong; what `body` throws.
  static func forEachRecord(
    _ data: Data, path: String, format: ImportFormat?,
    _ body: (ImportRecord) throws -> Void
  ) throws {
    let notUTF8 = DomainError(
      .unacceptableValue,
      "file '\(path)' is not UTF-8 text; save it as 'CSV UTF-8' (or JSON in UTF-8)",
      field: "content")
    let extensionFormat = ImportFormat(
      rawValue: (path as NSString).pathExtension.lowercased())
    var count = 0
    var isJSON = false
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      // A CSV file is read from its bytes, without a copy as a String.
      var bytes = raw[...]
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
      var scan = UTF8Scalars(bytes)
      var first: Unicode.Scalar?
      while let scalar = scan.next() {
        if !scalar.properties.isWhitespace {
          first = scalar
          break
        }
      }
      if scan.failed { throw notUTF8 }
      guard let first else {
        throw DomainError(
          .unacceptableValue,
          "file '\(path)' is empty; it needs a header row and one row per case (the import template has the header)"
        )
      }
      isJSON =
        (format ?? extensionFormat).map { $0 == .json }
        ?? (first == "[" || first == "{")
      if isJSON {
        guard let text = String(validating: bytes, as: UTF8.self) else {
          throw notUTF8
        }
        for record in try json(text, path: path) {
          count += 1
          try body(record)
        }
      } else {
        var scalars = UTF8Scalars(bytes)
        do {
          try csv(&scalars, separator: separator(of: bytes), path: path) {
            record in
            count += 1
            try body(record)
          }
        } catch {
          // Bytes that are not UTF-8 end the text, maybe inside a quote.
          throw scalars.failed ? notUTF8 : error
        }
        if scalars.failed { throw notUTF8 }
      }
    }
    guard count > 0 else {
      throw DomainError(
        .unacceptableValue,
        isJSON
          ? "file '\(path)' holds no case: the array is empty; add one object per case"
          : "file '\(path)' has a header row but no case; add one row per case under the header"
      )
    }
  }

  /// A column name as written in a header or a JSON key, folded:
  /// `External reference`, `external-reference` and `externalReference`
  /// are `external_reference`.
  static func columnName(_ text: String) -> String {
    var spaced = ""
    var previous: Character?
    for character in text {
      if character.isUppercase, let previous,
        previous.isLowercase || previous.isNumber
      {
        spaced.append("_")
      }
      spaced.append(character)
      previous = character
    }
    return Suggestion.fold(spaced).replacingOccurrences(of: " ", with: "_")
      .replacingOccurrences(of: "-", with: "_")
  }

  // MARK: - CSV

  /// Splits CSV text into rows of cells with the line each row starts on.
  ///
  /// Quoted cells may hold separators, doubled quotes and line breaks.
  /// `body` gets each row's first line and cells as soon as the row
  /// ends.
  static func csvRows<Scalars: IteratorProtocol<Unicode.Scalar>>(
    _ scalars: inout Scalars, separator: Unicode.Scalar, path: String,
    _ body: (Int, [String]) throws -> Void
  ) throws {
    var row: [String] = []
    var cell = String.UnicodeScalarView()
    var line = 1
    var rowLine = 1
    var quoted = false
    var quoteLine = 1
    var pending: Unicode.Scalar?
    func endRow() throws {
      row.append(String(cell))
      cell = String.UnicodeScalarView()
      try body(rowLine, row)
      row = []
    }
    while let scalar = pending ?? scalars.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          let next = scalars.next()
          if next == "\"" {
            cell.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          if scalar == "\n" { line += 1 }
          cell.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where cell.allSatisfy({ $0 == " " }):
        cell = String.UnicodeScalarView()
        quoted = true
        quoteLine = line
      case separator:
        row.append(String(cell))
        cell = String.UnicodeScalarView()
      case "\r", "\n":
        if scalar == "\r" {
          let next = scalars.next()
          if next != "\n" { pending = next }
        }
        try endRow()
        line += 1
        rowLine = line
      default:
        cell.append(scalar)
      }
    }
    if quoted {
      throw DomainError(
        .unacceptableValue,
        "file '\(path)', line \(quoteLine): a quoted cell is never closed; check the quotes (\") of that row"
      )
    }
    if !cell.isEmpty || !row.isEmpty { try endRow() }
  }

  /// The separator of a CSV file: the one of `,`, `;` and tab found most
  /// often on its first line (spreadsheets in French save with `;`).
  static func separator(of bytes: Slice<UnsafeRawBufferPointer>)
    -> Unicode.Scalar
  {
    let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
    var best: (Unicode.Scalar, Int) = (",", 0)
    for candidate: Unicode.Scalar in [",", ";", "\t"] {
      let count = firstLine.filter { $0 == UInt8(candidate.value) }.count
      if count > best.1 { best = (candidate, count) }
    }
    return best.0
  }

  /// Reads CSV text into records one row at a time (see
  /// ``forEachRecord(_:path:format:_:)``).
  static func csv<Scalars: IteratorProtocol<Unicode.Scalar>>(
    _ scalars: inout Scalars, separator: Unicode.Scalar, path: String,
    _ body: (ImportRecord) throws -> Void
  ) throws {
    var names: [String]?
    var afterHeader = true
    try csvRows(&scalars, separator: separator, path: path) {
      line, cells in
      guard
        !cells.allSatisfy({
          $0.trimmingCharacters(in: .whitespaces).isEmpty
        })
      else { return }
      guard let names else {
        let header = cells.map(columnName)
        try checkHeader(header, line: line, path: path)
        names = header
        return
      }
      // The template's explanation row, right under the header.
      defer { afterHeader = false }
      if afterHeader, cells.first?.hasPrefix("#") == true { return }
      let location = "line \(line)"
      var record = ImportRecord(line: line, location: location, cells: [:])
      for (column, name) in names.enumerated() where !name.isEmpty {
        record.cells[name] =
          column < cells.count ? SpreadsheetCell.unescape(cells[column]) : ""
      }
      let extra = cells.dropFirst(names.count).filter {
        !$0.trimmingCharacters(in: .whitespaces).isEmpty
      }
      if !extra.isEmpty {
        record.problems.append(
          ImportProblem(
            location: location, field: "row",
            reason:
              "\(cells.count) cells for \(names.count) columns; a cell holding the separator must be quoted"
          ))
      }
      try body(record)
    }
  }

  /// Refuses a header with an unknown or repeated column, or without the
  /// columns every case needs.
  static func checkHeader(_ names: [String], line: Int, path: String) throws {
    let known = ImportColumns.known
    var seen = Set<String>()
    for name in names where !name.isEmpty {
      guard known.contains(name) else {
        throw DomainError(
          .unacceptableValue,
          "file '\(path)', line \(line): "
            + Suggestion.unknownValueMessage(
              field: "column", value: name,
              accepted: ImportColumns.template.map(\.name)
                + ImportColumns.exportForm.map(\.name))
            + "; the import template lists them")
      }
      guard seen.insert(name).inserted else {
        throw DomainError(
          .unacceptableValue,
          "file '\(path)', line \(line): column '\(name)' appears twice; keep one"
        )
      }
    }
    var missing = [
      "external_reference", "kinds", "channel", "court", "summary",
    ]
    .filter { !seen.contains($0) }
    if seen.isDisjoint(with: ["target_name", "person_id", "target_names"]) {
      missing.append("target_name (or person_id)")
    }
    guard missing.isEmpty else {
      var message =
        "file '\(path)', line \(line): the header lacks the column(s) "
        + missing.joined(separator: ", ")
        + "; the import template has a complete header"
      if seen.contains("reference") && !seen.contains("summary") {
        message +=
          " (an export made without {includeIdentities} has no names or summaries and cannot be imported)"
      }
      throw DomainError(
        .unacceptableValue, message)
    }
  }

  // MARK: - JSON

  /// The separator list values are joined with when a JSON array is read
  /// into a cell.
  static func listSeparator(_ key: String) -> String {
    ["targets", "target_names", "person_ids"].contains(key)
      ? CaseExport.entrySeparator : CaseExport.valueSeparator
  }

  static func json(_ text: String, path: String) throws -> [ImportRecord] {
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(
        with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
      throw DomainError(
        .unacceptableValue,
        "file '\(path)' is not valid JSON (\(error.localizedDescription)); give an array of objects, one per case"
      )
    }
    guard let array = parsed as? [Any] else {
      throw DomainError(
        .unacceptableValue,
        "file '\(path)' is JSON but not an array; give an array of objects, one per case: [{\"external_reference\": …}, …]"
      )
    }
    let lines = elementLines(text)
    let known = Set(ImportColumns.known)
    var records: [ImportRecord] = []
    for (index, element) in array.enumerated() {
      let line = index < lines.count ? lines[index] : 1
      let location = "line \(line) (object \(index + 1))"
      var record = ImportRecord(line: line, location: location, cells: [:])
      guard let object = element as? [String: Any] else {
        record.isMalformed = true
        record.problems.append(
          ImportProblem(
            location: location, field: "object",
            reason: "not an object; give one {…} per case"))
        records.append(record)
        continue
      }
      for (rawKey, value) in object.sorted(by: { $0.key < $1.key }) {
        let key = columnName(rawKey)
        guard known.contains(key) else {
          record.problems.append(
            ImportProblem(
              location: location, field: rawKey,
              reason: Suggestion.unknownValueMessage(
                field: "key", value: rawKey,
                accepted: ImportColumns.template.map(\.name)
                  + ImportColumns.exportForm.map(\.name))))
          continue
        }
        if ImportColumns.ignored.contains(key) {
          record.cells[key] = ""
          continue
        }
        if let cell = cell(value, key: key) {
          record.cells[key] = cell
        } else {
          record.problems.append(
            ImportProblem(
              location: location, field: key,
              reason: "expected text, a list of texts or null"))
        }
      }
      records.append(record)
    }
    return records
  }

  /// A JSON value as the CSV cell that would hold it; `nil` for a value
  /// of a type no column takes.
  static func cell(_ value: Any, key: String) -> String? {
    if value is NSNull { return "" }
    if let text = value as? String { return text }
    if let list = value as? [Any] {
      var items: [String] = []
      for item in list {
        if let text = item as? String {
          items.append(text)
        } else if key == "targets", let target = item as? [String: Any],
          let role = target["role"] as? String
        {
          // The objects `egide export cases --format json` writes.
          items.append(
            role + ((target["function"] as? String).map { ":" + $0 } ?? ""))
        } else {
          return nil
        }
      }
      return items.joined(separator: listSeparator(key))
    }
    return nil
  }

  /// The line each element of a top-level JSON array starts on.
  static func elementLines(_ text: String) -> [Int] {
    var lines: [Int] = []
    var line = 1
    var depth = 0
    var inString = false
    var escaped = false
    var expecting = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" { line += 1 }
      if inString {
        if escaped {
          escaped = false
        } else if scalar == "\\" {
          escaped = true
        } else if scalar == "\"" {
          inString = false
        }
        continue
      }
      if depth == 1 && expecting && !" \t\r\n,]".unicodeScalars.contains(scalar)
      {
        lines.append(line)
        expecting = false
      }
      switch scalar {
      case "\"": inString = true
      case "[", "{":
        depth += 1
        if depth == 1 { expecting = true }
      case "]", "}": depth -= 1
      case "," where depth == 1: expecting = true
      default: break
      }
    }
    return lines
  }
}
