import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide evidence`: attach evidence to a case and get stored files back.
struct EvidenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evidence",
    abstract: Words.en(
      "Attach evidence to a case, or write a stored file back out.",
      fr:
        "Joint une pièce à un dossier, ou restitue un fichier conservé."),
    discussion: Words.en(
      """
      Example:
        egide evidence add 2026-0042 --file screenshot.png --description "Post of 20 Nov"
        egide evidence get E-000007 --out /tmp/screenshot.png --purpose "Attach to the complaint"
      """,
      fr: """
        Exemples :
          egide evidence add 2026-0042 --file screenshot.png --description "Publication du 20 nov."
          egide evidence get E-000007 --out /tmp/screenshot.png --purpose "Joindre à la plainte"
        """),
    subcommands: [Add.self, Get.self])

  /// `egide evidence add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: Words.en(
        "Attach a URL or a file (kept in the registry with its SHA-256).",
        fr:
          "Joint une URL ou un fichier (conservé dans le registre avec son SHA-256)."
      ),
      discussion: Words.en(
        """
        Files up to 64 MiB are accepted.

        Example:
          egide evidence add 2026-0042 --file screenshot.png --description "Post of 20 Nov, 21:40"
          egide evidence add 2026-0042 --url https://example.org/post/123
        """,
        fr: """
          Les fichiers sont acceptés jusqu'à 64 Mio.

          Exemples :
            egide evidence add 2026-0042 --file screenshot.png --description "Publication du 20 nov., 21 h 40"
            egide evidence add 2026-0042 --url https://example.org/post/123
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .caseReference,
      completion: CompletionValues.caseReferences) var reference: String
    @Option(
      help: .en(
        "The address of the content online.",
        fr: "L'adresse du contenu en ligne.")) var url: String?
    @Option(
      help: .en(
        "A file to keep in the registry.",
        fr: "Un fichier à conserver dans le registre.")) var file: String?
    @Option(
      help: .en(
        "What the evidence shows; - reads it from standard input, @FILE from a file.",
        fr:
          "Ce que montre la pièce ; - le lit sur l'entrée standard, @FICHIER dans un fichier."
      ))
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
      print(
        Words.en(
          "\(receipt.reference): evidence \(receipt.evidence) added",
          fr: "\(receipt.reference) : pièce \(receipt.evidence) ajoutée"))
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
      abstract: Words.en(
        "Write a stored file back out, after checking its SHA-256.",
        fr: "Restitue un fichier conservé, après avoir vérifié son SHA-256."),
      discussion: Words.en(
        """
        Never overwrites an existing file. The file may identify the people
        at risk: --purpose is required and recorded in the access log (who,
        when, which case, why) before the file is written.

        Example:
          egide evidence get E-000007 --out /tmp/screenshot.png --purpose "Attach to the complaint"
        """,
        fr: """
          N'écrase jamais un fichier existant. Le fichier peut identifier les
          personnes menacées : --purpose est obligatoire et consigné dans le
          journal des accès (qui, quand, quel dossier, pourquoi) avant que le
          fichier soit écrit.

          Exemple :
            egide evidence get E-000007 --out /tmp/screenshot.png --purpose "Joindre à la plainte"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "The evidence identifier, e.g. E-000007.",
        fr: "L'identifiant de la pièce, par ex. E-000007.")) var id: String
    @Option(
      help: .en("Where to write the file.", fr: "Où écrire le fichier."))
    var out: String
    @Option(
      help: .en(
        "Why you need the file (required; recorded in the access log).",
        fr:
          "Pourquoi vous avez besoin du fichier (obligatoire ; consigné dans le journal des accès)."
      ))
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
        Words.en(
          "\(facts.evidence) (\(facts.fileName), \(facts.size) bytes) of case \(facts.reference) written to \(out); sha256 \(facts.sha256) verified",
          fr:
            "\(facts.evidence) (\(facts.fileName), \(Typography.count(facts.size, "byte", "bytes", fr: "octet", "octets"))) du dossier \(facts.reference) écrite dans \(out) ; sha256 \(facts.sha256) vérifié"
        ))
    }
  }
}
