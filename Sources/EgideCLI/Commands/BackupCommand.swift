import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide backup FILE`: a verified copy of the registry, safe while others
/// write.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Copy the registry into a new file, then verify the copy.",
    discussion: """
      Uses SQLite's online backup: other delegates may keep writing while it
      runs, and the copy holds the registry as it stood at one instant. The
      copy is written under a temporary name in the same folder, readable by
      its owner only, checked (integrity, schema, history, and the same
      number of cases and events as the registry in that instant), and only
      then given its name. Never overwrites a file. The backup holds every
      name of the registry: keep it like the registry itself.

      Example:
        egide backup /srv/egide/backups/registry-2026-11-30.sqlite
      """)

  @Argument(help: ArgumentHelp("The backup file to create.", valueName: "file"))
  var file: String

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    try settings.authorize(
      .backup, registryFile: settings.databasePath, tolerant: true)
    let summary = try Registry.backup(
      of: settings.databasePath, to: file)
    print(
      "Backed up \(settings.databasePath) to \(summary.path), verified: \(summary.cases) cases, \(summary.events) events, \(Self.size(summary.size)), SHA-256 \(summary.sha256)"
    )
  }

  /// A size in bytes, in the largest unit that keeps it above 1.
  static func size(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) bytes" }
    let units = ["KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes) / 1024
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    return String(format: "%.1f", value) + " \(units[unit]) (\(bytes) bytes)"
  }
}
