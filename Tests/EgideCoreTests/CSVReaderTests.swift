import Foundation
import Testing

@testable import EgideCore

/// The RFC 4180 reader used for the embedded reference lists.
@Suite("CSV reader")
struct CSVReaderTests {
  @Test("plain rows are split on commas and line ends")
  func plain() {
    #expect(
      CSVReader.rows(of: "a,b,c\n1,2,3\n") == [
        ["a", "b", "c"], ["1", "2", "3"],
      ]
    )
  }

  @Test("quoted fields keep commas, doubled quotes and line breaks")
  func quoted() {
    let text = "code,name\n\"x,1\",\"le \"\"grand\"\" tribunal\"\n\"a\nb\",c"
    #expect(
      CSVReader.rows(of: text) == [
        ["code", "name"], ["x,1", "le \"grand\" tribunal"], ["a\nb", "c"],
      ])
  }

  @Test("CRLF and CR line ends are accepted, blank lines skipped")
  func lineEnds() {
    #expect(
      CSVReader.rows(of: "a,b\r\n\r\n1,2\r3,4") == [
        ["a", "b"], ["1", "2"], ["3", "4"],
      ])
  }

  @Test("empty fields are kept, a missing final newline is fine")
  func emptyFields() {
    #expect(CSVReader.rows(of: "a,,c\n,,") == [["a", "", "c"], ["", "", ""]])
    #expect(CSVReader.rows(of: "") == [])
  }

  @Test("a quoted field at the end of a line ends the row")
  func quotedAtEnd() {
    #expect(
      CSVReader.rows(of: "\"a\",\"b\"\n\"c\"") == [["a", "b"], ["c"]])
  }
}
