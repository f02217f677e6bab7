import EgideService
import Foundation

/// How text output says that identities were left out, in the interface's
/// language: the line saying how to see them, and the marker of a sealed
/// value (`[sealed]`, `[masqué]`).
enum HiddenWording {
  /// The line that says identities were left out and how to see them.
  static func notice(_ option: String = "--identities") -> String {
    Words.en(
      HiddenIdentities.notice(option),
      fr:
        "Identités masquées : ajoutez \(option) --purpose TEXTE pour voir les noms, résumés, récits, notes et pièces (consigné dans le journal des accès)."
    )
  }

  /// `text` with each sealed marker in the interface's language.
  static func marked(_ text: String) -> String {
    guard Words.french else { return text }
    return text.replacingOccurrences(of: "[sealed]", with: "[masqué]")
  }
}
