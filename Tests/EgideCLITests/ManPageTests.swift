import EgideTestSupport
import Foundation
import Testing

/// The man pages `Scripts/generate-man-pages` writes from the command tree
/// `egide --experimental-dump-help` prints, in English and in French.
@Suite("Man pages generated from the command tree")
struct ManPageTests {
  /// The languages the pages are written in, with the locale that makes
  /// egide speak each.
  static let locales = ["en": "C", "fr": "fr_FR.UTF-8"]

  /// The section headings every page has, by language.
  static let headings = [
    "en": ["NAME", "SYNOPSIS", "DESCRIPTION"],
    "fr": ["NOM", "SYNOPSIS", "DESCRIPTION"],
  ]

  /// The options and commands swift-argument-parser adds, which get no
  /// page and no entry.
  static let skippedOptions: Set<String> = [
    "help", "version", "experimental-dump-help", "generate-completion-script",
  ]
  static let skippedCommands: Set<String> = ["help"]

  /// The requests and macros a page may use; any other line starting with
  /// a control character is a mistake (text taken for a request).
  static let knownRequests: Set<String> = [
    "\\\"", "TH", "SH", "SS", "PP", "IP", "TP", "RS", "RE", "B", "BR", "I",
    "IR", "nf", "fi", "if", "nh", "ad", "PD", "br",
  ]

  /// One command of the tree, as the pages must document it.
  struct Command: CustomStringConvertible {
    var path: [String]
    /// The spellings of each displayed option (`--db`, `-h`).
    var options: [[String]]
    /// The value names of the displayed positional arguments.
    var positionals: [String]

    /// `egide-notice-render`.
    var pageName: String { path.joined(separator: "-") }
    var description: String { path.joined(separator: " ") }
  }

  // MARK: - Running the generator

  /// `Scripts/generate-man-pages` in this package.
  static func generator() throws -> URL {
    let root = try #require(
      EgideBinary.packageRoot, "Package.swift not found above \(#filePath)")
    return root.appendingPathComponent("Scripts/generate-man-pages")
  }

  /// Runs `Scripts/generate-man-pages` for `lang` into `folder` and returns
  /// the folder the pages were written to (`man1` or `fr/man1`).
  static func generate(
    _ lang: String, into folder: String, in sandbox: Sandbox,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> URL {
    let binary = try #require(EgideBinary.url, "\(EgideBinaryMissing())")
    let script = try generator()
    let child = try ChildProcess(
      executable: script.path,
      arguments: [
        "--egide", binary.path, "--out", folder, "--lang", lang,
      ],
      environment: sandbox.environment(), directory: sandbox.root.path)
    let (termination, timedOut) = child.wait(timeout: 120)
    let output = String(
      decoding: child.standardOutputData() + child.standardErrorData(),
      as: UTF8.self)
    try #require(
      !timedOut && termination.status == 0 && !termination.signalled,
      "generate-man-pages --lang \(lang) exited \(termination.status): \(output)",
      sourceLocation: sourceLocation)
    return URL(fileURLWithPath: folder, isDirectory: true)
      .appendingPathComponent(lang == "fr" ? "fr/man1" : "man1")
  }

  /// The names of the files in `folder`, sorted.
  static func files(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path))
      ?? []).sorted()
  }

  /// The text of the page of `command` in `folder`.
  static func page(_ command: Command, in folder: URL) throws -> String {
    let data = try Data(
      contentsOf: folder.appendingPathComponent(command.pageName + ".1"))
    return String(decoding: data, as: UTF8.self)
  }

  // MARK: - The command tree

  /// The commands of the tree egide prints in `lang`, minus the hidden
  /// ones and those swift-argument-parser adds.
  static func commands(
    _ lang: String, in sandbox: Sandbox,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [Command] {
    let result = try sandbox.run(
      ["--experimental-dump-help"],
      environment: ["LANG": locales[lang] ?? "C"])
    try #require(
      result.status == 0, "\(result)", sourceLocation: sourceLocation)
    let tool = try #require(
      try JSONSerialization.jsonObject(with: result.stdoutData)
        as? [String: Any], "dump-help is not a JSON object",
      sourceLocation: sourceLocation)
    let root = try #require(
      tool["command"] as? [String: Any], "dump-help has no command",
      sourceLocation: sourceLocation)
    var found: [Command] = []
    collect(
      root, path: [root["commandName"] as? String ?? "egide"], into: &found)
    return found
  }

  static func collect(
    _ node: [String: Any], path: [String], into found: inout [Command]
  ) {
    var options: [[String]] = []
    var positionals: [String] = []
    for argument in node["arguments"] as? [[String: Any]] ?? [] {
      guard argument["shouldDisplay"] as? Bool ?? true else { continue }
      let names = (argument["names"] as? [[String: Any]] ?? []).map {
        name -> String in
        let kind = name["kind"] as? String ?? "long"
        let text = name["name"] as? String ?? ""
        return (kind == "long" ? "--" : "-") + text
      }
      if argument["kind"] as? String == "positional" {
        positionals.append(argument["valueName"] as? String ?? "")
        continue
      }
      let bare = (argument["names"] as? [[String: Any]] ?? []).compactMap {
        $0["name"] as? String
      }
      if !skippedOptions.isDisjoint(with: bare) { continue }
      options.append(names)
    }
    found.append(
      Command(path: path, options: options, positionals: positionals))
    for sub in node["subcommands"] as? [[String: Any]] ?? [] {
      guard sub["shouldDisplay"] as? Bool ?? true,
        let name = sub["commandName"] as? String,
        !skippedCommands.contains(name)
      else { continue }
      collect(sub, path: path + [name], into: &found)
    }
  }

  // MARK: - Reading a page

  /// `--severity-at-least` as roff writes it: `\-\-severity\-at\-least`.
  static func roff(_ text: String) -> String {
    text.replacingOccurrences(of: "-", with: "\\-")
  }

  /// The lines of the section headed `.SH heading`, up to the next one;
  /// `nil` when the page has no such section.
  static func section(_ heading: String, of page: String) -> String? {
    let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: Substring(".SH " + heading))
    else { return nil }
    let rest = lines[(start + 1)...]
    let end = rest.firstIndex { $0.hasPrefix(".SH ") } ?? rest.endIndex
    return rest[..<end].joined(separator: "\n")
  }

  /// The executable `name` on PATH, if any.
  static func tool(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return candidate
      }
    }
    return nil
  }

  // MARK: - Tests

  @Test(
    "every displayed command gets exactly one page, and nothing else does",
    arguments: ["en", "fr"])
  func onePagePerCommand(_ lang: String) throws {
    let sandbox = try Sandbox()
    let folder = try Self.generate(lang, into: sandbox.path("man"), in: sandbox)
    let commands = try Self.commands(lang, in: sandbox)
    try #require(commands.count > 40, "the tree is too small: \(commands)")
    #expect(commands.contains { $0.pageName == "egide-notice-render" })
    #expect(!commands.contains { $0.pageName == "egide-help" })

    let expected = commands.map { $0.pageName + ".1" }.sorted()
    #expect(Set(expected).count == expected.count, "two commands, one page")
    #expect(Self.files(in: folder) == expected)
    // Nothing is written beside the pages of this language.
    let top = Self.files(in: URL(fileURLWithPath: sandbox.path("man")))
    #expect(top == (lang == "fr" ? ["fr"] : ["man1"]), "\(top)")
    if lang == "fr" {
      #expect(
        Self.files(in: URL(fileURLWithPath: sandbox.path("man/fr")))
          == ["man1"])
    }
  }

  @Test(
    "each page has its header, name, synopsis and description, and lists every displayed option",
    arguments: ["en", "fr"])
  func pagesAreComplete(_ lang: String) throws {
    let sandbox = try Sandbox()
    let folder = try Self.generate(lang, into: sandbox.path("man"), in: sandbox)
    let headings = try #require(Self.headings[lang])
    for command in try Self.commands(lang, in: sandbox) {
      let data = try Data(
        contentsOf: folder.appendingPathComponent(command.pageName + ".1"))
      // ASCII only: groff reads the pages without preconv.
      #expect(
        data.allSatisfy { $0 < 0x80 }, "\(command): a byte outside ASCII")
      let page = String(decoding: data, as: UTF8.self)
      let lines = page.split(separator: "\n").map(String.init)
      let header = lines.first { !$0.hasPrefix(".\\\"") } ?? ""
      #expect(
        header.hasPrefix(
          ".TH " + Self.roff(command.pageName.uppercased()) + " 1 "),
        "\(command): \(header)")
      for heading in headings {
        let body = Self.section(heading, of: page)
        #expect(
          body?.contains(where: { $0.isLetter }) == true,
          "\(command): no \(heading) section, or an empty one")
      }
      let name = Self.section(headings[0], of: page) ?? ""
      #expect(
        name.hasPrefix(Self.roff(command.pageName) + " \\- "),
        "\(command): NAME is '\(name)'")
      #expect(
        Self.section("SYNOPSIS", of: page)?.contains(
          "\\fB" + Self.roff(command.path.joined(separator: " ")) + "\\fR")
          == true,
        "\(command): the synopsis does not start with the command")

      let options = Self.section("OPTIONS", of: page)
      if !command.options.isEmpty {
        #expect(options != nil, "\(command): no OPTIONS section")
      }
      for spellings in command.options {
        for spelling in spellings {
          #expect(
            options?.contains("\\fB" + Self.roff(spelling) + "\\fR") == true,
            "\(command): \(spelling) is missing from OPTIONS")
        }
      }
      let arguments = Self.section("ARGUMENTS", of: page)
      for value in command.positionals {
        #expect(
          arguments?.contains("\\fI" + Self.roff(value) + "\\fR") == true,
          "\(command): <\(value)> is missing from ARGUMENTS")
      }
      for skipped in ["help", "version", "experimental-dump-help"] {
        #expect(
          options?.contains("\\fB" + Self.roff("--" + skipped) + "\\fR")
            != true, "\(command): --\(skipped) is listed")
      }
      if command.path.count > 1 {
        #expect(
          page.contains(".BR egide (1)"), "\(command): no link to egide(1)")
      }
    }
  }

  @Test("the French pages hold the French help, the English ones the English")
  func frenchPagesAreFrench() throws {
    let sandbox = try Sandbox()
    let french = try Self.generate("fr", into: sandbox.path("man"), in: sandbox)
    let english = try Self.generate(
      "en", into: sandbox.path("man"), in: sandbox)
    let list = Command(path: ["egide", "list"], options: [], positionals: [])
    let frenchList = try Self.page(list, in: french)
    let englishList = try Self.page(list, in: english)
    // "Liste les dossiers ; sans filtre, …" in the French help.
    #expect(frenchList.contains("dossiers"), "\(frenchList.prefix(600))")
    #expect(frenchList.contains(".SH NOM"))
    #expect(frenchList.contains(".SH CODE DE RETOUR"))
    #expect(!englishList.contains("dossiers"), "\(englishList.prefix(600))")
    #expect(englishList.contains(".SH EXIT STATUS"))
    for page in [frenchList, englishList] {
      for status in ["0", "64", "65", "66", "73", "74", "75", "76", "77", "78"]
      {
        #expect(page.contains(".B \(status)\n"), "exit status \(status)")
      }
    }
    let root = Command(path: ["egide"], options: [], positionals: [])
    for (folder, heading) in [
      (english, "ENVIRONMENT"), (french, "ENVIRONNEMENT"),
    ] {
      let rootPage = try Self.page(root, in: folder)
      let environment = Self.section(heading, of: rootPage)
      for variable in [
        "EGIDE_DB", "EGIDE_ACTOR", "EGIDE_CONFIG", "EGIDE_KEY_FILE", "LANG",
        "LC_ALL", "LC_MESSAGES", "NO_COLOR",
      ] {
        #expect(
          environment?.contains(variable) == true,
          "\(heading) of egide(1) does not name \(variable)")
      }
    }
  }

  @Test(
    "every page renders without a warning, and no text line is taken for a request"
  )
  func pagesRenderCleanly() throws {
    let sandbox = try Sandbox()
    var pages: [URL] = []
    for lang in ["en", "fr"] {
      let folder = try Self.generate(
        lang, into: sandbox.path("man"), in: sandbox)
      pages += Self.files(in: folder).map { folder.appendingPathComponent($0) }
    }
    try #require(!pages.isEmpty)

    for page in pages {
      let data = try Data(contentsOf: page)
      let text = String(decoding: data, as: UTF8.self)
      for (number, line) in text.split(
        separator: "\n", omittingEmptySubsequences: false
      ).enumerated() where line.hasPrefix(".") || line.hasPrefix("'") {
        let request = line.dropFirst().prefix { $0 != " " }
        #expect(
          Self.knownRequests.contains(String(request)),
          "\(page.lastPathComponent):\(number + 1): unknown request: \(line)")
      }
    }

    // groff where it is installed (Linux), nroff else; with neither, the
    // check of the requests above is all there is.
    let renderer: (String, [String])? =
      if let groff = Self.tool("groff") {
        (groff, ["-man", "-Tutf8", "-ww", "-z"])
      } else if let nroff = Self.tool("nroff") {
        (nroff, ["-man", "-ww"])
      } else {
        nil
      }
    guard let renderer else { return }
    let (executable, options) = renderer
    for page in pages {
      let child = try ChildProcess(
        executable: executable, arguments: options + [page.path],
        environment: sandbox.environment(), directory: sandbox.root.path,
        standardOutput: .nullDevice)
      let (termination, _) = child.wait(timeout: 60)
      let warnings = String(
        decoding: child.standardErrorData(), as: UTF8.self)
      #expect(
        termination.status == 0 && warnings.isEmpty,
        "\(executable) on \(page.lastPathComponent) (exit \(termination.status)):\n\(warnings)"
      )
    }
  }

  @Test("two runs write byte-identical pages")
  func pagesAreReproducible() throws {
    let sandbox = try Sandbox()
    for lang in ["en", "fr"] {
      let first = try Self.generate(
        lang, into: sandbox.path("first"), in: sandbox)
      let second = try Self.generate(
        lang, into: sandbox.path("second"), in: sandbox)
      let names = Self.files(in: first)
      try #require(!names.isEmpty)
      #expect(Self.files(in: second) == names)
      for name in names {
        let a = try Data(contentsOf: first.appendingPathComponent(name))
        let b = try Data(contentsOf: second.appendingPathComponent(name))
        #expect(a == b, "\(lang) \(name) differs between two runs")
      }
    }
  }
}
