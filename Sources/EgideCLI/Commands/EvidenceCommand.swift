import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide evidence`: attach evidence to a case and get stored files back.
struct EvidenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evidence",
    abstract: "Attach evidence to a case, or write a stored file back out.",
    discussion: """
      Example:
        egide evidence add 2026-0042 --file screenshot.png --description "Post of 20 Nov"
        egide evidence get E-000007 --out /tmp/screenshot.png --purpose "Attach to the complaint"
      """,
    subcommands: [Add.self, Get.self])

  /// `egide evidence add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Attach a URL or a file (kept in the registry with its SHA-256).",
      discussion: """
        Files up to 64 MiB are accepted.

        Example:
          egide evidence add 2026-0042 --file screenshot.png --description "Post of 20 Nov, 21:40"
          egide evidence add 2026-0042 --url https://example.org/post/123
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
    @Option(help: "The address of the content online.") var url: String?
    @Option(help: "A file to keep in the registry.") var file: String?
    @Option(help: "What the evidence shows.") var description: String?

    func validate() throws {
      if (url == nil) == (file == nil) {
        throw ValidationError("give exactly one of --url URL or --file PATH")
      }
    }

    func run() throws {
      let settings = try registry.settings()
      let reference = try CaseReference.parse(reference)
      let source: EvidenceSource
      if let url {
        guard let parsed = URL(string: url), let scheme = parsed.scheme,
          ["http", "https"].contains(scheme.lowercased()), parsed.host != nil
        else {
          throw DomainError(
            .invalidValue,
            "url '\(url)' is not a web address; accepted: http:// or https:// addresses"
          )
        }
        source = .url(url)
      } else if let file {
        source = .file(
          name: (file as NSString).lastPathComponent,
          bytes: try Self.read(file))
      } else {
        throw ValidationError("give exactly one of --url URL or --file PATH")
      }
      let store = try settings.authorize(.evidenceAdd, on: .case(reference))
        .registry
      let id = try store.transaction { tx in
        try tx.addEvidence(
          to: reference, source, description: description, by: settings.actor,
          at: settings.now)
      }
      print("\(reference): evidence \(id) added")
    }

    static func read(_ path: String) throws -> Data {
      try InputFile.read(
        path, what: "file", hint: "give the path of the evidence file",
        maximumSize: EvidenceSource.maximumFileSize)
    }
  }

  /// `egide evidence get`.
  struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a stored file back out, after checking its SHA-256.",
      discussion: """
        Never overwrites an existing file. The file may identify the people
        at risk: --purpose is required and recorded in the access log (who,
        when, which case, why) before the file is written.

        Example:
          egide evidence get E-000007 --out /tmp/screenshot.png --purpose "Attach to the complaint"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The evidence identifier, e.g. E-000007.") var id: String
    @Option(help: "Where to write the file.") var out: String
    @Option(
      help: "Why you need the file (required; recorded in the access log).")
    var purpose: String?

    func run() throws {
      let settings = try registry.settings()
      let id = try EvidenceID.parse(id)
      let purpose = try RevealOptions.required(purpose, command: "evidence get")
      if FileManager.default.fileExists(atPath: out) {
        throw CLIError(
          .cannotCreate, "'\(out)' already exists; give another --out path")
      }
      let access = try settings.authorize(.evidenceGet, on: .evidence(id))
      // Everything that can refuse is checked before the reveal is
      // logged: a URL has no file, and the output file must be creatable.
      // The path is not logged: files are often named after the person.
      try access.registry.requireStoredFile(id)
      let stored = try OutputFile.withNew(out) { handle in
        let store = try access.reveal(
          .evidence, purpose: purpose, cases: [access.location?.reference],
          details: ["evidence": id.description])
        let stored = try store.evidenceFile(id)
        try handle.write(contentsOf: stored.bytes)
        return stored
      }
      guard case .file(let name, let sha256, let size, _) = stored.item.source
      else { return }
      print(
        "\(id) (\(name), \(size) bytes) of case \(stored.reference) written to \(out); sha256 \(sha256) verified"
      )
    }
  }
}
