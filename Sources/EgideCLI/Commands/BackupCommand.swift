import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide backup FILE`: a verified copy of the registry, safe while others
/// write.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: Words.en(
      "Copy the registry into a new file, then verify the copy.",
      fr: "Copie le registre dans un nouveau fichier, puis vérifie la copie."),
    discussion: Words.en(
      """
      Uses SQLite's online backup: other delegates may keep writing while it
      runs, and the copy holds the registry as it stood at one instant. The
      copy is written under a temporary name in the same folder, readable by
      its owner only, checked (integrity, schema, history, and the same
      number of cases and events as the registry in that instant), and only
      then given its name. Never overwrites a file. The backup holds every
      name of the registry: keep it like the registry itself.

      Example:
        egide backup /srv/egide/backups/registry-2026-11-30.sqlite
      """,
      fr: """
        Utilise la sauvegarde à chaud de SQLite : les autres délégués peuvent
        continuer d'écrire pendant qu'elle s'exécute, et la copie contient le
        registre tel qu'il était à un instant donné. La copie est écrite sous
        un nom provisoire dans le même dossier, lisible par son seul
        propriétaire, vérifiée (intégrité, schéma, historique, et même nombre
        de dossiers et d'événements que le registre à cet instant), et ne
        reçoit son nom qu'ensuite. N'écrase jamais un fichier. La sauvegarde
        contient tous les noms du registre : conservez-la comme le registre
        lui-même.

        Exemple :
          egide backup /srv/egide/backups/registry-2026-11-30.sqlite
        """))

  @Argument(
    help: ArgumentHelp(
      Words.en(
        "The backup file to create.", fr: "Le fichier de sauvegarde à créer."),
      valueName: "file"))
  var file: String

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    try settings.authorize(
      .backup, registryFile: settings.databasePath, tolerant: true)
    let summary = try Registry.backup(
      of: settings.databasePath, to: file)
    let cases = Typography.count(
      summary.cases, "case", "cases", fr: "dossier", "dossiers")
    let events = Typography.count(
      summary.events, "event", "events", fr: "événement", "événements")
    print(
      Words.en(
        "Backed up \(settings.databasePath) to \(summary.path), verified: \(summary.cases) cases, \(summary.events) events, \(Self.size(summary.size)), SHA-256 \(summary.sha256)",
        fr:
          "Sauvegarde de \(settings.databasePath) écrite dans \(summary.path), vérifiée : \(cases), \(events), \(Self.size(summary.size)), SHA-256 \(summary.sha256)"
      ))
  }

  /// A size in bytes, in the largest unit that keeps it above 1.
  static func size(_ bytes: Int) -> String {
    let octets = Words.en("bytes", fr: "octets")
    if bytes < 1024 { return "\(Typography.number(bytes)) \(octets)" }
    let units =
      Words.french
      ? ["Kio", "Mio", "Gio", "Tio"] : ["KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes) / 1024
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    let shown = String(format: "%.1f", value)
    return
      (Words.french
      ? shown.replacingOccurrences(of: ".", with: ",") : shown)
      + " \(units[unit]) (\(Typography.number(bytes)) \(octets))"
  }
}
