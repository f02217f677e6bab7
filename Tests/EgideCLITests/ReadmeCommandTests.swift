import EgideTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The README's shell examples, run as a reader types them, in English
/// and in French.
///
/// Every ```sh block of README.md is read, and each `egide …` line of it
/// (`\` continuations joined, the comment after `#` left out) runs through
/// `/bin/sh -c` with the egide under test first on `PATH`, so that quotes,
/// `$USER`, globs and redirections work as in a terminal. Nothing of a
/// command is changed but its example references, bound to the registry's
/// real ones (see ``ReadmeBindings``); the registry comes from `$EGIDE_DB`,
/// the actor and the clock from `$EGIDE_ACTOR` and `$EGIDE_NOW`, and what
/// the reader types when a command reads standard input is a name the test
/// invented.
///
/// The first block with egide commands, the union delegate's walkthrough,
/// runs in a new registry; every later block runs, in README order, in a
/// copy of the registry that walkthrough left, so that each finds the case
/// it talks about still open. Each command must exit 0, or the status that
/// a `# → exit N` comment right after it gives. A block is skipped only when
/// `<!-- readme-test: skip (REASON) -->` stands right before it, REASON
/// naming the tests that cover it instead.
///
/// README.fr.md is run the same way, in a French locale
/// (`LANG=fr_FR.UTF-8`), so that its commands are written as a French
/// reader types them: values by their French names, French dates.
@Suite("The commands the README and egide suggest run as written", .serialized)
struct ReadmeCommandTests {
  /// The day the README's walkthroughs happen.
  ///
  /// The Monday after the threat of Friday 20 November 2026 that the union
  /// delegate logs (`--occurred "20/11/2026 21:40"`). The README's other
  /// dates are of that week: a police protection due `28/11/2026`, a
  /// refusal `--notified 23/11/2026`.
  static let storyClock = "2026-11-23T08:30Z"

  /// The clock of the sections set at another time, by their `##` heading
  /// in either README.
  static let sectionClocks = [
    // The liaison publishes November and the fourth quarter once they
    // have ended (a period not ended needs --provisional).
    "Walkthrough: ministry liaison": "2027-01-04T09:00Z",
    "Parcours : référent ministère": "2027-01-04T09:00Z",
  ]

  /// At most this many blocks may be skipped: the others run.
  static let maximumSkips = 3

  /// The READMEs whose commands run.
  static let editions = [
    ReadmeEdition(file: "README.md", locale: nil, target: "Name SURNAME"),
    ReadmeEdition(
      file: "README.fr.md", locale: "fr_FR.UTF-8", target: "Valézane MIROLIN"),
  ]

  /// The judge the CLI reference's report names from `name.txt`, and whom
  /// the reader then types for `person find -`: a name invented for the
  /// tests.
  static let typedName = "Ysaline MORVANEC"

  /// The file every command reads as standard input: what the reader types.
  static let typedInput = "typed-input.txt"

  @Test(
    "every egide command of the README's sh blocks runs as written and exits as the README says",
    arguments: editions
  )
  func readmeCommandsRun(_ edition: ReadmeEdition) throws {
    let root = try #require(EgideBinary.packageRoot, "no Package.swift found")
    let file = edition.file
    let text = try String(
      contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    let readme = Readme(text)
    #expect(
      readme.strayMarkers.isEmpty,
      "\(file):\(readme.strayMarkers): a readme-test marker stands before no sh block"
    )
    let skipped = readme.blocks.filter { $0.skip != nil }
    #expect(
      skipped.count <= Self.maximumSkips,
      "\(file) skips \(skipped.count) blocks (lines \(skipped.map(\.line))); at most \(Self.maximumSkips) may be: make them run"
    )
    for block in skipped {
      let reason = block.skip ?? ""
      let tests = reason.matches(of: /[A-Z][A-Za-z]+Tests/).map {
        String($0.output)
      }
      #expect(
        !tests.isEmpty,
        "\(file):\(block.line): the skip reason '\(reason)' names no test covering the block instead"
      )
      for name in tests {
        #expect(
          FileManager.default.fileExists(
            atPath: root.appendingPathComponent(
              "Tests/EgideCLITests/\(name).swift"
            ).path),
          "\(file):\(block.line): the skip reason names \(name), which is not a file of Tests/EgideCLITests"
        )
      }
    }

    let runnable = readme.blocks.filter {
      $0.skip == nil && $0.steps.contains { $0.kind == .command }
    }
    let first = try #require(runnable.first, "\(file) has no egide command")
    let prelude = try ReadmeSession(edition: edition, clock: Self.storyClock)
    let created = try ReadmeSession.shell(
      "egide init", in: prelude.sandbox, clock: Self.storyClock,
      locale: edition.locale)
    try #require(created.status == 0, "egide init: \(created)")
    try Self.writeInputFiles(in: prelude.sandbox, target: edition.target)
    var ran = try prelude.run(first)
    for block in runnable.dropFirst() {
      let session = try ReadmeSession(
        copying: prelude,
        clock: Self.sectionClocks[block.section] ?? Self.storyClock)
      ran += try session.run(block)
    }
    // A README read wrong (no fence found, every line taken for a comment)
    // must not pass for one that runs.
    #expect(
      runnable.count >= 10 && ran >= 50,
      "only \(ran) commands in \(runnable.count) blocks of \(file) ran")
  }

  @Test(
    "the README reader joins continued lines, leaves comments out and reads exit statuses and skip markers"
  )
  func readmeReader() throws {
    let readme = Readme(
      """
      ## Walkthrough: somebody
      <!-- readme-test: skip (a server: see ServedJourneyTests) -->
      ```sh
      egide list
      ```
      ### Details
      ```sh
      export EGIDE_DB=/srv/egide/registry.sqlite   # or --db
      egide report --summary "a # kept" \\
        --court Bobigny   # a comment
      # → 2026-0042
      egide show 2026-9999
      # → exit 65
      # one row per case under the header
      ```
      <!-- readme-test: skip (nothing after it) -->
      Prose.
      """)
    #expect(readme.strayMarkers == [16])
    try #require(readme.blocks.count == 2)
    let (skipped, block) = (readme.blocks[0], readme.blocks[1])
    #expect(skipped.skip == "a server: see ServedJourneyTests")
    #expect(block.skip == nil)
    #expect(block.section == "Walkthrough: somebody")
    #expect(block.heading == "Details")
    #expect(
      block.steps.map(\.kind) == [.other, .command, .command, .readerAction])
    #expect(
      block.steps[1].text
        == #"egide report --summary "a # kept"   --court Bobigny"#)
    #expect(block.steps[1].line == 9)
    #expect(block.steps[1].expectedStatus == 0)
    #expect(block.steps[2].expectedStatus == 65)
  }

  @Test(
    "a README example reference stands for the one the registry printed before it"
  )
  func exampleReferencesAreBound() {
    var bindings = ReadmeBindings()
    bindings.learn(from: "2026-0001\n")
    #expect(bindings.bind("egide show 2026-0042") == "egide show 2026-0001")
    bindings.learn(from: "2026-0001: measure M-000002 requested")
    #expect(
      bindings.bind(#"egide measure update M-000003 --note "2026-0042""#)
        == #"egide measure update M-000002 --note "2026-0001""#)
    // The next measure printed stands for the README's next example.
    bindings.learn(from: "2026-0001: measure M-000003 requested")
    #expect(
      bindings.bind("egide notice draft M-000007 && egide show M-000003")
        == "egide notice draft M-000003 && egide show M-000002")
    // Dates, file names and references nothing printed stay as written.
    let untouched =
      "egide list --since 2026-11-02 --out registry-2026-11-30.csv N-000001"
    #expect(bindings.bind(untouched) == untouched)
  }

  @Test("the next step notice draft prints renders the notice as written")
  func noticeDraftNextStepRuns() throws {
    let sandbox = try Sandbox()
    let measure = try Self.takedownMeasure(in: sandbox)
    for (language, pattern) in [
      ("en", #/'(egide notice render [^']+)'/#),
      ("fr", #/« (egide notice render [^»]+) »/#),
    ] {
      let drafted = try sandbox.run(
        [
          "notice", "draft", measure, "--url",
          "https://x.com/compte_imaginaire/status/1", "--notifier",
          Self.typedName, "--email", "ysaline.morvanec@example.org",
          "--channel", "platform_form", "--lang", language, "--db", sandbox.db,
        ])
      try #require(drafted.status == 0, "\(drafted)")
      let suggested = try #require(
        drafted.stdout.firstMatch(of: pattern).map { String($0.output.1) },
        "notice draft --lang \(language) suggests no render: \(drafted)")
      let rendered = try ReadmeSession.shell(
        suggested, in: sandbox, clock: nil)
      #expect(
        rendered.status == 0,
        "notice draft --lang \(language) suggests '\(suggested)', which fails: \(rendered)"
      )
      #expect(
        rendered.stdout.contains("https://x.com/compte_imaginaire/status/1"),
        "'\(suggested)' did not render the notice: \(rendered)")
    }
  }

  @Test(
    "the commands egide names with placeholders run once the placeholders are filled in"
  )
  func placeholderSuggestionsRun() throws {
    let sandbox = try Sandbox()
    let created = try sandbox.run(["init", "--db", sandbox.db])
    try #require(created.status == 0, "\(created)")
    let measure = try Self.takedownMeasure(in: sandbox, initialized: true)
    let empty = try sandbox.run(["notice", "show", measure, "--db", sandbox.db])
    try #require(empty.status == 0, "\(empty)")
    let token = try sandbox.run([
      "user", "token", "create", "e2e.tester", "--db", sandbox.db,
    ])
    try #require(token.status == 0, "\(token)")
    // What a reader puts in place of each placeholder.
    let values = [
      "NAME": "delegue.bobigny", "ROLE": "delegate",
      "URL": "https://x.com/compte_imaginaire/status/2",
      "ADDRESS": "ysaline.morvanec@example.org",
    ]
    let suggestions = [
      ("init", created.stdout + created.stderr),
      ("notice show", empty.stdout),
    ]
    var filled: [String] = []
    for (command, output) in suggestions {
      let found = output.matches(of: /'(egide [^']+)'/).map {
        String($0.output.1)
      }
      #expect(!found.isEmpty, "\(command) suggests no command: \(output)")
      // A key backup asks its passphrase at a terminal (KeyCommandTests).
      for suggestion in found where !suggestion.hasPrefix("egide key backup") {
        var line = suggestion
        for (placeholder, value) in values {
          line = line.replacing(
            try Regex("\\b\(placeholder)\\b"), with: value)
        }
        #expect(
          line.firstMatch(of: /\b[A-Z]{2,}\b/) == nil && !line.contains("…"),
          "\(command) suggests '\(suggestion)', with a placeholder this test cannot fill"
        )
        filled.append(line)
      }
    }
    for line in filled {
      let result = try ReadmeSession.shell(
        line, in: sandbox, clock: nil)
      #expect(result.status == 0, "'\(line)' fails: \(result)")
    }
    // The token is for a client, who logs in to a server it names.
    #expect(
      token.stderr.contains("'egide login --server URL'"),
      "user token create names no runnable login: \(token)")
  }

  /// A case on X with a content_takedown measure; returns the measure.
  static func takedownMeasure(in sandbox: Sandbox, initialized: Bool = false)
    throws -> String
  {
    if !initialized { try sandbox.initRegistry() }
    let reference = try sandbox.report(
      kind: "threat", extra: ["--kind", "doxxing", "--platform", "x"])
    let requested = try sandbox.succeed(
      "measure", "request", reference, "--kind", "content_takedown",
      "--authority", "X (Twitter)")
    return try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) },
      "\(requested)")
  }

  /// The files README.fr.md's commands read, by the name README.md gives
  /// the same file.
  static let frenchFileNames = [
    "account.txt": "recit.txt", "screenshot.png": "capture.png",
    "name.txt": "nom.txt", "summary.txt": "resume.txt",
  ]

  /// The files the READMEs' commands read, with invented content; the
  /// decisions name `target`, the person the README registers.
  static func writeInputFiles(in sandbox: Sandbox, target: String) throws {
    func write(_ name: String, _ text: String) throws {
      let url = sandbox.root.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    try write(
      "account.txt",
      "Elle a reçu le message le 20 novembre à 21 h 40.\nL'auteur cite son adresse personnelle.\n"
    )
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7]).write(
      to: sandbox.root.appendingPathComponent("screenshot.png"))
    func decision(_ number: String, _ day: String) -> String {
      """
      TRIBUNAL JUDICIAIRE DE BOBIGNY
      Jugement du \(day), RG \(number)
      LE TRIBUNAL
      Président : Mme \(target)
      Greffier : M. Aurèle QUESTRAND
      PAR CES MOTIFS
      """
    }
    try write("decision.txt", decision("24/01234", "12 septembre 2026"))
    try write(
      "decisions/rg-24-01301.txt", decision("24/01301", "1er octobre 2026"))
    try write(
      "decisions/rg-24-01388.txt", decision("24/01388", "8 octobre 2026"))
    let export: [String: Any] = [
      "results": [
        [
          "id": "6a1f0c2e9d4b3a5c6d7e8f90", "jurisdiction": "tj",
          "location": "tj93008", "number": "24/01410",
          "decision_date": "2026-10-15",
          "text": decision("24/01410", "15 octobre 2026"),
        ]
      ]
    ]
    try JSONSerialization.data(withJSONObject: export).write(
      to: sandbox.root.appendingPathComponent("judilibre-export.json"))
    try write("name.txt", typedName + "\n")
    try write("summary.txt", "Courriel de menaces reçu au greffe\n")
    try write(typedInput, typedName + "\n")
    for (name, french) in frenchFileNames {
      try FileManager.default.copyItem(
        at: sandbox.root.appendingPathComponent(name),
        to: sandbox.root.appendingPathComponent(french))
    }
  }

  /// What a README asks the reader to do by hand between two commands,
  /// by the start of its comment line; given the command before.
  static let readerActions:
    [(String, @Sendable (Sandbox, String) throws -> Void)] = [
      (
        "one row per case under the header",
        ReadmeCommandTests.fillImportTemplate(in:after:)
      ),
      (
        "une ligne par dossier sous l'en-tête",
        ReadmeCommandTests.fillImportTemplate(in:after:)
      ),
    ]

  /// Fills the template the command before wrote (`--out FILE`) as a
  /// delegate would: its header, then twelve cases.
  static func fillImportTemplate(in sandbox: Sandbox, after command: String)
    throws
  {
    let name = try #require(
      command.firstMatch(of: /--out\s+(\S+)/).map { String($0.output.1) },
      "no --out in `\(command)`")
    let path = sandbox.path(name)
    let template = try String(contentsOfFile: path, encoding: .utf8)
    let header = try #require(template.split(separator: "\n").first)
    let columns = header.split(separator: ",").map(String.init)
    let firstNames = ["Maëlle", "Ilyan", "Ombeline", "Aurèle"]
    let lastNames = ["TORVANNEC", "PERCEVAUX", "VELDORIAN"]
    var lines = [String(header)]
    for row in 1...12 {
      let values = [
        "external_reference": "BOB-2026-\(100 + row)",
        "reported_at": "2026-11-\(String(format: "%02d", row + 1))",
        "kinds": row % 3 == 0 ? "threat;cyberharassment" : "harassment",
        "channel": "email", "court": "Bobigny",
        "target_name":
          "\(firstNames[row % 4]) \(lastNames[row % 3])",
        "target_role": "clerk",
        "summary": "Courriels répétés au greffe, lot \(row)",
      ]
      lines.append(columns.map { values[$0] ?? "" }.joined(separator: ","))
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
  }
}

/// A README and how its reader runs egide.
struct ReadmeEdition: Sendable, CustomTestStringConvertible {
  /// Its file, at the package root.
  var file: String
  /// The locale of the reader's shell (`LANG`); nil for none, English.
  var locale: String?
  /// The person its union delegate's walkthrough registers (`--target`),
  /// whom the decisions to scan name.
  var target: String

  var testDescription: String { file }
}

/// A README's ```sh blocks.
struct Readme {
  /// One ```sh block.
  struct Block {
    /// The line of its opening fence.
    var line: Int
    /// The `##` section it stands in.
    var section: String
    /// The heading right above it, of any level.
    var heading: String
    /// Why it is skipped, from the marker right before it.
    var skip: String?
    var steps: [Step]
  }

  /// One line of a block, `\` continuations joined.
  struct Step {
    enum Kind: Equatable {
      /// An `egide …` command.
      case command
      /// A comment line that is no output: something for the reader to do.
      case readerAction
      /// Any other command (`export`, `Scripts/demo`): not run.
      case other
    }

    var kind: Kind
    /// The line it starts on.
    var line: Int
    /// The command, without its comment.
    var text: String
    /// The comment after `#`, trimmed.
    var comment: String
    /// The status the README gives it (`# → exit N`), else 0.
    var expectedStatus: Int32 = 0
  }

  var blocks: [Block] = []
  /// Lines of skip markers that stand before no ```sh block.
  var strayMarkers: [Int] = []

  init(_ text: String) {
    let lines = text.components(separatedBy: "\n")
    var section = ""
    var heading = ""
    var marker: (line: Int, reason: String)?
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("#") {
        heading = String(line.drop { $0 == "#" }.dropFirst())
        if line.hasPrefix("## ") { section = heading }
      }
      if let match = trimmed.wholeMatch(
        of: /<!--\s*readme-test:\s*skip\s*\((.+)\)\s*-->/)
      {
        if let marker { strayMarkers.append(marker.line) }
        marker = (index + 1, String(match.output.1))
      } else if trimmed.hasPrefix("```") {
        var end = index + 1
        var body: [(Int, String)] = []
        while end < lines.count && !lines[end].hasPrefix("```") {
          body.append((end + 1, lines[end]))
          end += 1
        }
        if trimmed == "```sh" {
          blocks.append(
            Block(
              line: index + 1, section: section, heading: heading,
              skip: marker?.reason,
              steps: Self.steps(body)))
        } else if let marker {
          strayMarkers.append(marker.line)
        }
        marker = nil
        index = end
      } else if !trimmed.isEmpty, let stray = marker {
        strayMarkers.append(stray.line)
        marker = nil
      }
      index += 1
    }
    if let marker { strayMarkers.append(marker.line) }
  }

  /// The steps of a block's lines.
  static func steps(_ body: [(Int, String)]) -> [Step] {
    var steps: [Step] = []
    var index = 0
    while index < body.count {
      let number = body[index].0
      var line = body[index].1
      while line.hasSuffix("\\") && index + 1 < body.count {
        index += 1
        line = String(line.dropLast()) + body[index].1
      }
      index += 1
      let (code, comment) = splitComment(
        line.trimmingCharacters(in: .whitespaces))
      let status = comment.firstMatch(of: /^→\s*exit\s+(\d+)/).flatMap {
        Int32($0.output.1)
      }
      if code.isEmpty {
        if let status, let last = steps.indices.last,
          steps[last].kind == .command
        {
          steps[last].expectedStatus = status
        } else if !comment.isEmpty && !comment.hasPrefix("→") {
          steps.append(
            Step(kind: .readerAction, line: number, text: "", comment: comment))
        }
        continue
      }
      var step = Step(
        kind: code.hasPrefix("egide ") || code == "egide" ? .command : .other,
        line: number, text: code, comment: comment)
      if let status { step.expectedStatus = status }
      steps.append(step)
    }
    return steps
  }

  /// A shell line cut before its comment: the first `#` outside quotes
  /// that starts a word.
  static func splitComment(_ line: String) -> (String, String) {
    var quote: Character?
    var escaped = false
    var previous: Character = " "
    for index in line.indices {
      let character = line[index]
      defer { previous = character }
      if escaped {
        escaped = false
        continue
      }
      if character == "\\" && quote != "'" {
        escaped = true
      } else if let open = quote {
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == "#" && previous.isWhitespace {
        return (
          line[..<index].trimmingCharacters(in: .whitespaces),
          line[line.index(after: index)...].trimmingCharacters(
            in: .whitespaces)
        )
      }
    }
    return (line, "")
  }
}

/// The README's example references (`2026-0042`, `M-000003`, `N-000001`,
/// `OC-000001`…) bound to the ones the registry really gave.
///
/// When a command prints a reference not seen before (a report its case, a
/// measure request its measure, a draft its notice), the README's next
/// example of that kind that is not bound yet stands for it from then on.
struct ReadmeBindings {
  /// Each README example and the real reference it stands for.
  private(set) var examples: [String: String] = [:]
  /// Every reference the registry printed so far.
  private var seen: Set<String> = []
  /// By kind, the last new reference printed and not bound yet.
  private var latest: [String: String] = [:]

  /// The references in a text, in order.
  static func references(in text: String) -> [Range<String.Index>] {
    text.ranges(of: /(?:\d{4}-\d{4}|(?:OC|[MNEPT])-\d{6})/).filter { range in
      let before =
        range.lowerBound == text.startIndex
        ? nil : text[text.index(before: range.lowerBound)]
      let after =
        range.upperBound == text.endIndex ? nil : text[range.upperBound]
      return ![before, after].contains {
        $0.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
          ?? false
      }
    }
  }

  /// The kind of a reference: `case`, `M`, `N`, `OC` and so on.
  static func kind(of reference: Substring) -> String {
    reference.first?.isNumber == true
      ? "case" : String(reference.prefix { $0 != "-" })
  }

  /// The command with its examples replaced by the real references, the
  /// examples met for the first time bound to the last new ones.
  mutating func bind(_ command: String) -> String {
    var result = ""
    var rest = command.startIndex
    for range in Self.references(in: command) {
      let example = String(command[range])
      let kind = Self.kind(of: command[range])
      if examples[example] == nil, let real = latest[kind] {
        examples[example] = real
        latest[kind] = nil
      }
      result += command[rest..<range.lowerBound]
      result += examples[example] ?? example
      rest = range.upperBound
    }
    return result + command[rest...]
  }

  /// Takes note of the references a command printed: the first new one of
  /// each kind is what the command made.
  mutating func learn(from output: String) {
    var kinds: Set<String> = []
    for range in Self.references(in: output) {
      let reference = String(output[range])
      guard seen.insert(reference).inserted else { continue }
      let kind = Self.kind(of: output[range])
      if kinds.insert(kind).inserted { latest[kind] = reference }
    }
  }
}

/// What a shell line did.
struct ShellResult: CustomStringConvertible {
  var command: String
  var status: Int32
  var stdout: String
  var stderr: String
  var timedOut: Bool

  var description: String {
    "exit \(status)\(timedOut ? " (timed out)" : "")"
      + "\nstdout: \(stdout.prefix(3000))\nstderr: \(stderr.prefix(3000))"
  }
}

/// One registry a README's commands run in, with its bindings.
final class ReadmeSession {
  let sandbox: Sandbox
  var bindings = ReadmeBindings()
  let clock: String
  let edition: ReadmeEdition

  /// A new, empty sandbox.
  init(edition: ReadmeEdition, clock: String) throws {
    sandbox = try Sandbox()
    self.clock = clock
    self.edition = edition
  }

  /// A sandbox holding a copy of `other`'s files (registry, key, inputs)
  /// and its bindings.
  init(copying other: ReadmeSession, clock: String) throws {
    sandbox = try Sandbox()
    self.clock = clock
    edition = other.edition
    bindings = other.bindings
    let manager = FileManager.default
    for name in try manager.contentsOfDirectory(atPath: other.sandbox.root.path)
    {
      try manager.copyItem(
        at: other.sandbox.root.appendingPathComponent(name),
        to: sandbox.root.appendingPathComponent(name))
    }
  }

  /// Runs a block's commands in order, and then the commands they
  /// suggested; returns how many commands ran.
  func run(_ block: Readme.Block) throws -> Int {
    var ran = 0
    var previous = ""
    var suggested: [(line: Int, after: String, command: String)] = []
    for step in block.steps {
      switch step.kind {
      case .other:
        continue
      case .readerAction:
        for (start, action) in ReadmeCommandTests.readerActions
        where step.comment.hasPrefix(start) {
          try action(sandbox, previous)
        }
        continue
      case .command:
        break
      }
      let command = bindings.bind(step.text)
      let result = try Self.shell(
        command, in: sandbox, clock: clock, locale: edition.locale)
      ran += 1
      previous = command
      bindings.learn(from: result.stdout + "\n" + result.stderr)
      let substituted = command == step.text ? "" : " (run as `\(command)`)"
      #expect(
        result.status == step.expectedStatus,
        "\(edition.file):\(step.line) (\(block.heading)): `\(step.text)`\(substituted): expected exit \(step.expectedStatus), got \(result)"
      )
      guard result.status == 0 else { continue }
      // Suggested in quotes in English, in guillemets in French.
      for match in (result.stdout + result.stderr).matches(
        of: /'(egide [^']+)'|« (egide [^»]+) »/)
      {
        let suggestion = String(match.output.1 ?? match.output.2 ?? "")
        // A command with placeholders (NAME, FILE, YYYY-MM, RÔLE,
        // NOUVEAU_CHEMIN, …) is a template: placeholderSuggestionsRun
        // fills some in.
        if suggestion.contains("…")
          || suggestion.firstMatch(of: /\b\p{Lu}[\p{Lu}_]+\b/) != nil
          || suggested.contains(where: { $0.command == suggestion })
        {
          continue
        }
        suggested.append((step.line, step.text, suggestion))
      }
    }
    for (line, after, suggestion) in suggested {
      let result = try Self.shell(
        suggestion, in: sandbox, clock: clock, locale: edition.locale)
      ran += 1
      #expect(
        result.status == 0,
        "\(edition.file):\(line): after `\(after)`, egide suggests `\(suggestion)`, which fails: \(result)"
      )
    }
    return ran
  }

  /// Runs one line with `/bin/sh -c` in the sandbox, the egide under test
  /// first on `PATH`, the sandbox registry as `$EGIDE_DB`, the clock as
  /// `$EGIDE_NOW`, the locale as `$LANG` and the acting user as `$USER`
  /// too; standard input is what the reader types.
  static func shell(
    _ command: String, in sandbox: Sandbox, clock: String?,
    locale: String? = nil
  ) throws -> ShellResult {
    guard let binary = EgideBinary.url else { throw EgideBinaryMissing() }
    var environment = sandbox.environment([
      "EGIDE_DB": sandbox.db, "EGIDE_NOW": clock, "USER": "e2e.tester",
      "LANG": locale,
    ])
    environment["PATH"] =
      binary.deletingLastPathComponent().path + ":"
      + (environment["PATH"] ?? "/usr/bin:/bin")
    let typed = sandbox.path(ReadmeCommandTests.typedInput)
    if !FileManager.default.fileExists(atPath: typed) {
      try ReadmeCommandTests.typedName.write(
        toFile: typed, atomically: true, encoding: .utf8)
    }
    let input = open(typed, O_RDONLY)
    try #require(input >= 0, "cannot open \(typed): errno \(errno)")
    defer { close(input) }
    let child = try ChildProcess(
      executable: "/bin/sh", arguments: ["-c", command],
      environment: environment, directory: sandbox.root.path,
      standardInput: .descriptor(input))
    let (termination, timedOut) = child.wait(timeout: 60)
    return ShellResult(
      command: command, status: termination.status,
      stdout: String(decoding: child.standardOutputData(), as: UTF8.self),
      stderr: String(decoding: child.standardErrorData(), as: UTF8.self),
      timedOut: timedOut)
  }
}
