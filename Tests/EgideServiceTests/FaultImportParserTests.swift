import EgideCore
import Foundation
import PropertyBased
import Testing

@testable import EgideService

/// Random import files never crash the import parser.
///
/// Well formed or not, they are read into records or refused with one
/// line; every record is then validated into a case or
/// into problems of one line each. Nothing crashes.
@Suite("Import parser properties")
struct FaultImportParserTests {
  /// Cells: valid values, near misses, separators, quotes, line breaks.
  static let cellPieces: [String] = [
    "threat", "thret", "threat;doxxing", "social_network", "x", "Bobigny",
    "tj93008", "Douai", "judge", "family", "high", "death_threat",
    "2026-10-20", "20/10/2026 21:40", "2099-01-01", "P-000012", "P-0",
    "Nom Fictif", "Résumé du signalement", "LOT-1", "LOT-1", "", " ", ",", ";",
    "\"", "\"\"", "\n", "\r\n", "\t", "#", "=cmd()", "é", "🛡️", "\u{0}",
    "\u{FEFF}", "\u{2028}", "[", "]", "{", "}", ":", "null", "\\",
  ]

  static let cell = Gen<String?>.element(of: cellPieces).array(of: 0...3).map {
    $0.compactMap { $0 }.joined()
  }

  /// Column names: the known ones, folded variants, unknown ones.
  static let columnNames =
    ImportColumns.known + [
      "External Reference", "externalReference", "target-name", "colonne",
      "", " ", "kinds\n", "\"summary\"",
    ]

  static let header = Gen<[String]>.oneOf(
    Gen<String?>.element(of: columnNames).array(of: 0...12).map {
      $0.compactMap { $0 }
    },
    Gen<[String]>.shuffled(ImportColumns.template.map(\.name)))

  /// A CSV text: a header of random columns, rows of random cells, joined
  /// with a random separator and line ending, with or without a BOM.
  static let csvText = zip(
    header, cell.array(of: 0...12).array(of: 0...6),
    Gen<String?>.element(of: [",", ";", "\t"]),
    Gen<String?>.element(of: ["\n", "\r\n", "\r"]), Gen.bool
  ).map { header, rows, separator, newline, bom in
    let separator = separator ?? ","
    let newline = newline ?? "\n"
    let lines = [header] + rows
    return (bom ? "\u{FEFF}" : "")
      + lines.map { $0.joined(separator: separator) }.joined(separator: newline)
  }

  /// A JSON text: an array of objects of random keys and values (texts,
  /// lists, numbers, nulls, nested objects), sometimes cut short.
  static let jsonText = zip(
    zip(header, cell.array(of: 0...12), Gen.int(in: 0...4))
      .array(of: 0...5),
    Gen.int(in: 0...400), Gen.bool
  ).map { objects, cut, truncate in
    let array: [Any] = objects.map { keys, cells, shape in
      var object: [String: Any] = [:]
      for (index, key) in keys.enumerated() {
        let text = index < cells.count ? cells[index] : ""
        switch (index + shape) % 5 {
        case 0: object[key] = text
        case 1: object[key] = [text, "threat"]
        case 2: object[key] = NSNull()
        case 3: object[key] = shape
        default: object[key] = ["role": text]
        }
      }
      return shape == 4 ? ("not an object" as Any) : object
    }
    let data =
      (try? JSONSerialization.data(withJSONObject: array)) ?? Data("[]".utf8)
    let text = String(decoding: data, as: UTF8.self)
    return truncate ? String(text.prefix(cut)) : text
  }

  /// Any text at all.
  static let rawText = Gen<Character>.character(in: "\u{0}"..."\u{D7FF}")
    .string(of: 0...200)

  static let anyFile = Gen<String>.oneOf(csvText, csvText, jsonText, rawText)

  static let validator = ImportValidator(
    dates: DateInput(timeZone: TimeZone(identifier: "Europe/Paris") ?? .gmt),
    now: Date(timeIntervalSince1970: 1_795_000_000), persons: [:])

  static func expectOneLine(
    _ message: String, _ text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      !message.trimmingCharacters(in: .whitespaces).isEmpty,
      "empty message for \(text.debugDescription)",
      sourceLocation: sourceLocation)
    let lines = message.split(whereSeparator: \.isNewline)
    #expect(
      lines.count <= 1,
      "message of several lines for \(text.debugDescription): \(message.debugDescription)",
      sourceLocation: sourceLocation)
  }

  /// Reads `text` as `format` (`nil`: guessed from the content), then
  /// validates every record.
  static func check(_ text: String, format: ImportFormat?) {
    let records: [ImportRecord]
    do {
      switch format {
      case .csv?: records = try ImportSource.csv(text, path: "lot.csv")
      case .json?: records = try ImportSource.json(text, path: "lot.json")
      case nil:
        records = try ImportSource.read(
          Data(text.utf8), path: "lot", format: nil)
      }
    } catch let error as DomainError {
      #expect(
        error.code == .unacceptableValue, "\(error.code): \(error.message)")
      expectOneLine(error.message, text)
      return
    } catch {
      Issue.record("not a DomainError: \(error) for \(text.debugDescription)")
      return
    }
    for record in records {
      for problem in record.problems {
        expectOneLine(problem.description, text)
      }
      switch validator.validate(record) {
      case .success(let row):
        #expect(!row.externalReference.isEmpty)
        #expect(!row.newCase.targets.isEmpty)
      case .failure(let rows):
        #expect(
          !rows.problems.isEmpty,
          "refused without a reason: \(text.debugDescription)")
        for problem in rows.problems {
          expectOneLine(problem.description, text)
        }
      }
    }
  }

  @Test(
    "random CSV files are read and validated, or refused with one line per problem"
  )
  func csvFiles() async {
    await propertyCheck(count: 300, input: Self.csvText) { text in
      Self.check(text, format: .csv)
    }
  }

  @Test(
    "random JSON files are read and validated, or refused with one line per problem"
  )
  func jsonFiles() async {
    await propertyCheck(count: 300, input: Self.jsonText) { text in
      Self.check(text, format: .json)
    }
  }

  @Test(
    "any file, its format guessed from its content, is read or refused with one line"
  )
  func anyFiles() async {
    await propertyCheck(count: 200, input: Self.anyFile) { text in
      Self.check(text, format: nil)
    }
  }
}

extension ImportSource {
  /// Every record of a file's bytes, collected.
  static func read(_ data: Data, path: String, format: ImportFormat?) throws
    -> [ImportRecord]
  {
    var records: [ImportRecord] = []
    try forEachRecord(data, path: path, format: format) { records.append($0) }
    return records
  }

  /// Every record of CSV text, collected, straight from the CSV reader.
  static func csv(_ text: String, path: String) throws -> [ImportRecord] {
    var records: [ImportRecord] = []
    var text = text
    try text.withUTF8 { utf8 in
      let bytes = UnsafeRawBufferPointer(utf8)[...]
      var scalars = UTF8Scalars(bytes)
      try csv(&scalars, separator: separator(of: bytes), path: path) {
        records.append($0)
      }
    }
    return records
  }
}
