import Testing

@testable import EgideCLI

/// The tables every command prints on a terminal.
@Suite("Text tables")
struct TextTableTests {
  @Test(
    "a stored line break or escape sequence cannot add or erase a line of a table"
  )
  func controlCharactersAreShownNotObeyed() {
    var table = TextTable(headers: ["WHO", "PURPOSE"])
    table.rows = [
      [
        "delegue.b",
        "routine\n2026-11-26 21:13  admin  show  2026-0001  forged",
      ],
      ["delegue.b", "hidden\u{1B}[2K\u{1B}[1A\r"],
    ]
    let lines = table.render(width: 200).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3, "\(lines)")
    #expect(
      !lines.joined().unicodeScalars.contains {
        $0.properties.generalCategory == .control
      })
    #expect(
      lines[1].hasSuffix(
        "routine\u{FFFD}2026-11-26 21:13  admin  show  2026-0001  forged"))
  }
}
