import EgideTestSupport
import Foundation
import Testing

/// Exports opened in a real spreadsheet, LibreOffice Calc without its
/// interface, with a comma and with a semicolon as separator: no cell of
/// the result is a formula.
@Suite("Spreadsheet formulas")
struct SpreadsheetFormulaTests {
  /// LibreOffice's `soffice`, if installed (Scripts/install-dependencies
  /// installs it).
  static let soffice: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let folders = path.split(separator: ":").map(String.init) + ["/usr/bin"]
    for folder in folders {
      for name in ["soffice", "libreoffice"] {
        let candidate = folder + "/" + name
        if FileManager.default.isExecutableFile(atPath: candidate) {
          return candidate
        }
      }
    }
    return nil
  }()

  static let missing: Comment =
    "LibreOffice (soffice) is not installed; run Scripts/install-dependencies to install libreoffice-calc-nogui"

  /// Summaries a hostile reporter could type, each with a formula in a
  /// part that a split on `,` or `;` makes a cell.
  static let hostile = [
    "harmless;=2+5", "harmless,=3+4", "rien;@SUM(1;2)", "x;+1+1", "y,-2+2",
    "ligne;\"=9+9\"", "=HYPERLINK(\"http://exemple.invalid\";\"clic\")",
  ]

  /// The cells of `csv` as LibreOffice reads it with `separator` (44 for
  /// a comma, 59 for a semicolon), converted to a flat OpenDocument
  /// spreadsheet: its text.
  static func convert(
    _ csv: URL, separator: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let soffice = try #require(soffice, sourceLocation: sourceLocation)
    let work = csv.deletingLastPathComponent()
    let output = work.appendingPathComponent("converted-\(separator)")
    // A private profile: parallel runs of LibreOffice would collide on the
    // user's.
    let profile = work.appendingPathComponent("profile-\(separator)")
    let child = try ChildProcess(
      executable: soffice,
      arguments: [
        "-env:UserInstallation=file://\(profile.path)", "--headless",
        "--infilter=CSV:\(separator),34,76,1", "--convert-to", "fods",
        "--outdir", output.path, csv.path,
      ])
    let (termination, timedOut) = child.wait(timeout: 180)
    try #require(
      termination.status == 0 && !timedOut,
      "soffice failed: \(String(decoding: child.standardErrorData(), as: UTF8.self))",
      sourceLocation: sourceLocation)
    let name = csv.deletingPathExtension().lastPathComponent + ".fods"
    let data = try #require(
      FileManager.default.contents(
        atPath: output.appendingPathComponent(name).path),
      "soffice wrote no \(name)", sourceLocation: sourceLocation)
    return String(decoding: data, as: UTF8.self)
  }

  /// The formulas of a converted spreadsheet.
  static func formulas(in document: String) -> [String] {
    document.matches(of: /table:formula="([^"]*)"/).map { String($0.output.1) }
  }

  @Test(
    "LibreOffice runs a formula that a semicolon split makes a cell, so the check can fail",
    .enabled(if: soffice != nil, missing))
  func undefusedCellRuns() throws {
    let sandbox = try Sandbox()
    let csv = URL(fileURLWithPath: sandbox.path("raw.csv"))
    try Data("summary,kind\r\nharmless;=2+5,threat\r\n".utf8).write(to: csv)
    #expect(!Self.formulas(in: try Self.convert(csv, separator: 59)).isEmpty)
  }

  @Test(
    "an export with formulas after separators opens with no formula, split on commas or on semicolons",
    .enabled(if: soffice != nil, missing))
  func exportOpensWithoutFormulas() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    for summary in Self.hostile { _ = try sandbox.report(summary: summary) }
    let csv = URL(fileURLWithPath: sandbox.path("export.csv"))
    try sandbox.succeed(
      "export", "cases", "--include-identities", "--purpose", Sandbox.purpose,
      "--out", csv.path)
    let exported = String(
      decoding: try Data(contentsOf: csv), as: UTF8.self)
    #expect(exported.contains("harmless;'=2+5"), "\(exported)")
    for separator in [44, 59] {
      let document = try Self.convert(csv, separator: separator)
      #expect(
        document.contains("harmless"), "the conversion lost the cells")
      #expect(
        Self.formulas(in: document).isEmpty,
        "separator \(separator): \(Self.formulas(in: document))")
    }
  }
}
