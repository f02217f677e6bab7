import ArgumentParser
import EgideCore
import EgideService
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
      commandName: "add",
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
    @Option(
      help:
        "What the evidence shows; - reads it from standard input, @FILE from a file."
    )
    var description: String?

    func validate() throws {
      if (url == nil) == (file == nil) {
        throw ValidationError("give exactly one of --url URL or --file PATH")
      }
    }

    func run() throws {
      var input = ArgumentInput()
      let description = try input.optional(
        description, option: "--description")
      let client = try registry.client()
      let receipt: EvidenceReceipt
      if let url {
        receipt = try client.send(
          AddEvidenceURL(
            reference: reference, url: url, description: description))
      } else if let file {
        receipt = try client.attach(
          AttachEvidenceFile(
            reference: reference,
            fileName: (file as NSString).lastPathComponent,
            description: description),
          content: try Self.read(file))
      } else {
        throw ValidationError("give exactly one of --url URL or --file PATH")
      }
      print("\(receipt.reference): evidence \(receipt.evidence) added")
    }

    static func read(_ path: String) throws -> Data {
      try InputFile.read(
        path, what: "--file", hint: "give the path of the evidence file",
        maximumSize: EvidenceSource.maximumFileSize)
    }
  }

  /// `egide evidence get`.
  struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "get",
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
      let purpose = try RevealOptions.required(purpose, command: "evidence get")
      try OutputFile.checkNew(out)
      let client = try registry.client()
      // The output file is made first: a path that cannot be created is
      // refused before the reveal is logged. The path is not logged:
      // files are often named after the person.
      let facts = try OutputFile.withNew(out) { handle in
        let (facts, bytes) = try client.retrieve(
          RetrieveEvidence(evidence: id, purpose: purpose))
        try handle.write(contentsOf: bytes)
        return facts
      }
      print(
        "\(facts.evidence) (\(facts.fileName), \(facts.size) bytes) of case \(facts.reference) written to \(out); sha256 \(facts.sha256) verified"
      )
    }
  }
}
