import ArgumentParser
import EgideCore
import EgideStore

/// `egide key scrub`: rebuilds the registry file so that no earlier copy
/// of a value remains in its free space.
struct KeyScrubCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scrub",
    abstract:
      "Rebuild the registry file, leaving no earlier copy of a value in it.",
    discussion: """
      'key seal' and 'key rotate' do it themselves; run it again if they
      reported that the rebuild failed. Needs the registry to yourself for
      a moment (SQLite's VACUUM), and as much free disk as the registry.
      """)

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    try KeyFiles.scrub(try settings.authorize(.keys, exclusive: true))
  }
}
