import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide verify`: checks the hash chains of the case history, the notice
/// history and the access log, and prints their heads.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: Words.en(
      "Verify the hash chains of the histories and the access log.",
      fr:
        "Vérifie les chaînes d'empreintes des historiques et du journal des accès."
    ),
    discussion: Words.en(
      """
      Every event of a case, every event of a notice and every entry of the
      access log carries the SHA-256 of the row before it and of its own
      content. This command recomputes each chain row by row and reports the
      first row that was changed, deleted, inserted or moved outside Égide.

      It prints the head of each chain: the hash the next row will chain
      from. Note the heads elsewhere (in each monthly report): someone who
      edits the file and recomputes every later hash is only caught by
      comparing the heads with ones noted earlier.

      Exits 0 when every chain is intact, 65 when one is broken, naming the
      row and what to do, or when SQLite finds the file itself damaged.

      Example:
        egide verify
        egide verify --db /srv/egide/registry.sqlite --json
      """,
      fr: """
        Chaque événement d'un dossier, chaque événement d'une notification et
        chaque entrée du journal des accès porte le SHA-256 de la ligne
        précédente et de son propre contenu. Cette commande recalcule chaque
        chaîne ligne par ligne et signale la première ligne modifiée,
        supprimée, insérée ou déplacée en dehors d'Égide.

        Elle affiche la tête de chaque chaîne : l'empreinte à laquelle la
        ligne suivante sera chaînée. Notez les têtes ailleurs (dans chaque
        rapport mensuel) : quelqu'un qui modifie le fichier et recalcule
        toutes les empreintes suivantes n'est démasqué qu'en comparant les
        têtes à celles notées auparavant.

        Sort avec le code 0 si toutes les chaînes sont intactes, 65 si l'une
        est rompue, en nommant la ligne et ce qu'il faut faire, ou si SQLite
        trouve le fichier lui-même endommagé.

        Exemples :
          egide verify
          egide verify --db /srv/egide/registry.sqlite --json
        """))

  @OptionGroup var registry: RegistryOptions
  @Flag(
    help: .en(
      "Print JSON (stable keys) instead of text.",
      fr: "Écrit du JSON (clés stables) au lieu du texte."))
  var json = false

  struct Document: Encodable {
    struct Chain: Encodable {
      struct Break: Encodable {
        var reason: String
        var explanation: String
        var rowId: Int64
        var subject: String?
      }
      var brokenLink: Break?
      var head: String
      var rows: Int
      var state: String
      var table: String
    }
    var chains: [Chain]
    var intact: Bool
    var path: String
  }

  func run() throws {
    let settings = try registry.settings()
    let store = try settings.authorize(.verify)
    // The chains say nothing of pages they do not cover: a damaged file is
    // never called intact.
    if let damage = try store.fileDamage().first {
      throw CLIError(
        .dataError,
        Words.en(
          "\(settings.databasePath) is damaged (\(damage)); run 'egide doctor' for the details, then restore the last backup with 'egide restore'",
          fr:
            "\(settings.databasePath) est endommagé (\(damage)) ; lancez « egide doctor » pour le détail, puis restaurez la dernière sauvegarde avec « egide restore »"
        ))
    }
    let verification = try store.verifyChains()
    if json {
      print(
        try JSONOutput.render(
          Self.document(verification, path: settings.databasePath)))
    } else {
      for chain in verification.chains {
        print(Self.line(chain))
      }
    }
    if let link = verification.firstBreak {
      throw CLIError(
        .dataError,
        Words.en(
          link.message,
          fr:
            "\(Self.location(link)) rompt la chaîne de hachage : \(Self.explanation(link.reason)) ; le registre a été modifié hors d'Égide : cherchez qui pouvait écrire dans le fichier, puis restaurez le registre depuis une sauvegarde (« egide restore SAUVEGARDE --db NOUVEAU_CHEMIN »)"
        ))
    }
    if !json {
      print(
        Words.en(
          "\(settings.databasePath): every chain is intact; note the heads in this month's report",
          fr:
            "\(settings.databasePath) : toutes les chaînes sont intactes ; notez les têtes dans le rapport du mois"
        ))
    }
  }

  /// `events: intact, 1204 rows, head 3fa1…` with the whole head.
  static func line(_ chain: ChainVerification.Chain) -> String {
    let rows = Typography.count(
      chain.rows, "row", "rows", fr: "ligne", "lignes")
    switch chain.state {
    case .intact:
      return Words.en(
        "\(chain.table): intact, \(rows), head \(chain.head)",
        fr: "\(chain.table) : intacte, \(rows), tête \(chain.head)")
    case .pending:
      return Words.en(
        "\(chain.table): pending, \(rows) (chained when a writing command opens the registry), head \(chain.head)",
        fr:
          "\(chain.table) : en attente, \(rows) (chaînées à la prochaine ouverture du registre par une commande qui écrit), tête \(chain.head)"
      )
    case .broken(let link):
      return Words.en(
        "\(chain.table): BROKEN at \(link.location): \(link.reason.explanation); \(rows), head \(chain.head)",
        fr:
          "\(chain.table) : ROMPUE à la \(location(link)) : \(explanation(link.reason)) ; \(rows), tête \(chain.head)"
      )
    }
  }

  /// Where a chain breaks, in French: `ligne 42 de events (dossier
  /// 2026-0003, événement 2)`.
  static func location(_ link: ChainBreak) -> String {
    let subject =
      link.subject.map {
        " ("
          + $0.replacingOccurrences(of: "case ", with: "dossier ")
          .replacingOccurrences(of: "event ", with: "événement ") + ")"
      } ?? ""
    return "ligne \(link.rowID) de \(link.table)\(subject)"
  }

  /// Why a chain breaks, in French.
  static func explanation(_ reason: ChainBreak.Reason) -> String {
    switch reason {
    case .changed:
      "son contenu ne correspond pas à son empreinte (la ligne a été modifiée, ou ajoutée avec une empreinte inventée)"
    case .unlinked:
      "son empreinte ne suit pas celle de la ligne précédente (une ligne a été supprimée, insérée ou déplacée avant elle)"
    case .missing:
      "elle n'a pas d'empreinte (la ligne a été ajoutée hors d'Égide)"
    case .sealedChanged:
      "son contenu scellé ne correspond pas à l'empreinte avec laquelle il a été écrit ou rescellé (une valeur scellée a été modifiée, échangée, tronquée ou supprimée)"
    case .resealedOutside:
      "les valeurs scellées jusqu'à elle ne correspondent plus à l'enregistrement de la dernière génération de clé (des valeurs scellées et leurs empreintes ont été réécrites)"
    }
  }

  static func document(_ verification: ChainVerification, path: String)
    -> Document
  {
    Document(
      chains: verification.chains.map { chain in
        Document.Chain(
          brokenLink: chain.brokenLink.map {
            Document.Chain.Break(
              reason: $0.reason.rawValue, explanation: $0.reason.explanation,
              rowId: $0.rowID, subject: $0.subject)
          }, head: chain.head, rows: chain.rows, state: chain.state.name,
          table: chain.table)
      }, intact: verification.isIntact, path: path)
  }
}
