import ArgumentParser
import EgideCore
import EgideStore

/// `egide key scrub`: rebuilds the registry file so that no earlier copy
/// of a value remains in its free space.
struct KeyScrubCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scrub",
    abstract: Words.en(
      "Rebuild the registry file, leaving no earlier copy of a value in it.",
      fr:
        "Reconstruit le fichier du registre sans y laisser aucune copie antérieure d'une valeur."
    ),
    discussion: Words.en(
      """
      'key seal' and 'key rotate' do it themselves; run it again if they
      reported that the rebuild failed. Needs the registry to yourself for
      a moment (SQLite's VACUUM), and as much free disk as the registry.
      """,
      fr: """
        « key seal » et « key rotate » le font d'eux-mêmes ; relancez-le
        s'ils ont signalé l'échec de la reconstruction. Exige l'usage
        exclusif du registre pendant un moment (VACUUM de SQLite), et autant
        d'espace disque libre que la taille du registre.
        """))

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    try KeyFiles.scrub(try settings.authorize(.keys, exclusive: true))
  }
}
