import EgideCore
import Foundation
import Testing

@testable import EgideReports

/// The two CSV dialects: the standard one as egide has always written it,
/// and the French one (semicolons, decimal commas) for spreadsheets in a
/// French locale.
@Suite("CSV dialects: standard and fr")
struct CSVDialectTests {
  typealias Fixtures = RenderingFixtures

  /// Cells that exercise every quoting rule: a comma, a semicolon, a
  /// quote, a line break, a formula, and plain text.
  static let awkward = [
    "plain", "a,b", "a;b", "say \"hi\"", "two\nlines", "=1+1", "12.5",
  ]

  /// The rows of semicolon-separated text, read here independently of
  /// egide's own readers: RFC 4180 with `;` as the separator.
  static func semicolonRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = text.makeIterator()
    var pending: Character?
    while let character = pending ?? characters.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"": quoted = true
      case ";":
        row.append(field)
        field = ""
      case "\r\n", "\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }

  @Test("the standard dialect writes exactly what egide wrote before dialects")
  func standardBytesUnchanged() {
    var writer = CSVWriter(header: ["x", "y"])
    writer.append(Self.awkward)
    let expected =
      "x,y\r\nplain,\"a,b\",\"a;b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1,12.5\r\n"
    #expect(writer.text == expected)
    #expect(
      CSVWriter(header: ["x", "y"], dialect: .standard).text == "x,y\r\n")
    #expect(
      CSVWriter.row(Self.awkward, dialect: .standard)
        == CSVWriter.row(Self.awkward))
    for cell in Self.awkward {
      #expect(
        CSVWriter.escape(cell) == CSVWriter.escape(cell, dialect: .standard))
    }
  }

  @Test(
    "the fr dialect separates with semicolons, quotes a semicolon, a quote or a line break, and leaves a comma bare"
  )
  func frenchSeparatorAndQuoting() {
    var writer = CSVWriter(header: ["x", "y"], dialect: .fr)
    writer.append(Self.awkward)
    #expect(
      writer.text
        == "x;y\r\nplain;a,b;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";'=1+1;12.5\r\n"
    )
    #expect(
      Self.semicolonRows(writer.text) == [
        ["x", "y"], Self.awkward.map(SpreadsheetText.defuse),
      ])
    // A formula after a separator of either kind is defused as before.
    #expect(CSVWriter.escape("ok,=2+2", dialect: .fr) == "ok,'=2+2")
    #expect(CSVWriter.escape("ok;=2+2", dialect: .fr) == "\"ok;'=2+2\"")
  }

  @Test("the fr dialect writes a number with a decimal comma, a count as it is")
  func frenchDecimalComma() {
    #expect(CSVDialect.fr.number("12.5") == "12,5")
    #expect(CSVDialect.fr.number("23") == "23")
    #expect(CSVDialect.standard.number("12.5") == "12.5")
    #expect(
      CSVDialect.fr.separator == ";" && CSVDialect.fr.decimalSeparator == ",")
    #expect(
      CSVDialect.standard.separator == ","
        && CSVDialect.standard.decimalSeparator == ".")
  }

  @Test("the dialect is typed as a closed list: standard or fr")
  func parsing() throws {
    #expect(try CSVDialect.parse("FR") == .fr)
    #expect(try CSVDialect.parse("standard") == .standard)
    #expect(CSVDialect.acceptedValues == ["standard", "fr"])
    #expect(throws: DomainError.self) { try CSVDialect.parse("excel") }
  }

  @Test(
    "a summary in the fr dialect has the standard one's rows, with semicolons and decimal commas in the durations",
    arguments: ReportLanguage.allCases)
  func summaryRowsMatch(language: ReportLanguage) throws {
    let report = try Fixtures.report()
    let renderer = SummaryRenderer(language: language)
    let standard = renderer.render(report, as: .csv)
    #expect(
      renderer.render(report, as: .csv, csvDialect: .standard) == standard)
    let french = renderer.render(report, as: .csv, csvDialect: .fr)
    #expect(
      french.hasPrefix(
        "\u{FEFF}table;dimension;key;label;column;value;suppressed\r\n"))
    #expect(french.hasSuffix("\r\n"))
    let standardRows = CSVReader.rows(of: String(standard.dropFirst()))
    let frenchRows = Self.semicolonRows(String(french.dropFirst()))
    try #require(frenchRows.count == standardRows.count)
    var durations = 0
    for (left, right) in zip(standardRows, frenchRows) {
      try #require(right.count == 7, "\(right)")
      if left[4].hasSuffix("_days"), !left[5].isEmpty {
        durations += 1
        #expect(left[5].contains("."), "\(left)")
        #expect(right[5] == left[5].replacingOccurrences(of: ".", with: ","))
        #expect(Array(right.prefix(5)) == Array(left.prefix(5)))
        #expect(right[6] == left[6])
      } else {
        #expect(right == left)
      }
    }
    #expect(durations > 0, "the fixture has no duration shown")
    // The other formats have no dialect.
    for format in SummaryFormat.allCases where format != .csv {
      #expect(
        renderer.render(report, as: format, csvDialect: .fr)
          == renderer.render(report, as: format))
    }
  }
}
