import EgideCore
import Foundation
import Testing

@testable import EgideService

/// The streaming check of an import file's lines and cells.
@Suite("Import size check")
struct ImportSizeCheckTests {
  /// Feeds `text` to a check, in pieces of `piece` bytes.
  static func check(
    _ text: String, limits: ImportLimits = .standard, format: String? = nil,
    piece: Int = 7
  ) throws(DomainError) {
    var check = ImportSizeCheck(
      limits: limits, name: "file 'cases.csv'", format: format,
      lineSetting: "limits.import_line_bytes in the configuration file",
      cellSetting: "limits.import_cell_bytes in the configuration file")
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(start + piece, bytes.count)
      do {
        try bytes[start..<end].withUnsafeBytes { buffer in
          try check.check(buffer)
        }
      } catch let error as DomainError {
        throw error
      } catch {
        Issue.record("unexpected \(error)")
      }
      start = end
    }
  }

  @Test(
    "the longest narrative a case keeps, in 4-byte characters and quoted, passes"
  )
  func longestNarrativePasses() throws {
    let narrative = String(repeating: "😡", count: 19_000) + "\"\"" + "fin"
    try Self.check("external_reference,narrative\r\nX-1,\"\(narrative)\"\r\n")
  }

  @Test(
    "a cell one byte past the limit is refused naming the line and the setting")
  func cellPastTheLimitIsRefused() {
    let limits = ImportLimits(
      fileBytes: 1 << 20, lineBytes: 1_000, cellBytes: 10)
    #expect(throws: Never.self) {
      try Self.check("a,b\nx;0123456789,y\n", limits: limits)
    }
    let error = #expect(throws: DomainError.self) {
      try Self.check("a,b\nx,\"01234\n56789\",y\n", limits: limits)
    }
    #expect(
      error?.message.contains("line 3: a cell is longer than 10 bytes") == true)
    #expect(error?.message.contains("limits.import_cell_bytes") == true)
  }

  @Test("a line past the limit is refused even when its cells are short")
  func linePastTheLimitIsRefused() {
    let limits = ImportLimits(fileBytes: 1 << 20, lineBytes: 20, cellBytes: 10)
    let error = #expect(throws: DomainError.self) {
      try Self.check("a\n" + String(repeating: "x,", count: 11), limits: limits)
    }
    #expect(
      error?.message.contains("line 2: a line is longer than 20 bytes") == true)
  }

  @Test(
    "in JSON each string is a cell, escaped quotes included, and lines are not limited"
  )
  func jsonStringsAreCells() {
    let limits = ImportLimits(fileBytes: 1 << 20, lineBytes: 5, cellBytes: 10)
    #expect(throws: Never.self) {
      try Self.check(#"[{"a":"0123\"567"}, {"b":"x"}]"#, limits: limits)
    }
    #expect(throws: DomainError.self) {
      try Self.check(#"  [{"a":"0123\"56789"}]"#, limits: limits)
    }
    #expect(throws: DomainError.self) {
      try Self.check(#"{"a":"0123456789ab"}"#, limits: limits, format: "json")
    }
  }
}
