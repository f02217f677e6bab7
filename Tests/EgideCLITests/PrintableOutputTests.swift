import Testing

@testable import EgideCLI

/// What egide prints never carries a control character a terminal would
/// obey, whatever a stored text or an input file holds.
@Suite("Printable output")
struct PrintableOutputTests {
  @Test(
    "escape sequences, bells, bare carriage returns and C1 controls show as U+FFFD"
  )
  func controlsAreShown() {
    #expect(
      PrintableOutput.printable("a\u{1B}[2Jb\u{07}c\rd\u{9B}e\u{7F}f\u{2028}g")
        == "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g")
  }

  @Test(
    "line breaks, tabs, CRLF line ends and ordinary text are kept as they are"
  )
  func textIsKept() {
    let text = "Valézane MIROLIN\tjuge\r\nligne 2\n« guillemets » … l’appel"
    #expect(PrintableOutput.printable(text) == text)
  }

  @Test(
    "the range taken for control characters is Unicode's general category Cc, for every scalar"
  )
  func controlRangeIsTheCategory() {
    var controls = 0
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let isCc = scalar.properties.generalCategory == .control
      if PrintableOutput.isControl(scalar) != isCc {
        Issue.record("U+\(String(value, radix: 16)): Cc is \(isCc)")
      }
      if isCc { controls += 1 }
    }
    #expect(controls == 65)
  }

  @Test("the whole command-line module prints through it")
  func errorsAreCleanedToo() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let result = try sandbox.run([
      "list", "--court", "Bob\u{1B}[2Jigny", "--db", sandbox.db,
    ])
    #expect(result.status == 64, "\(result)")
    #expect(!result.stderr.contains("\u{1B}"), "\(result)")
    #expect(result.stderr.contains("Bob\u{FFFD}[2Jigny"), "\(result)")
  }
}
