import ArgumentParser
import EgideReports

/// Every text egide writes for a person, in English and in French: the
/// one for ``InterfaceLanguage/current`` is kept.
///
/// ```swift
/// print(Words.en("No case is open.", fr: "Aucun dossier n'est ouvert."))
/// ```
enum Words {
  /// The English or the French text, in the interface's language.
  static func en(_ english: String, fr french: String) -> String {
    pick(english, french, in: InterfaceLanguage.current)
  }

  /// The English or the French text, in `language`.
  static func pick(
    _ english: String, _ french: String, in language: ReportLanguage
  )
    -> String
  {
    language == .fr ? french : english
  }

  /// Whether the interface speaks French.
  static var french: Bool { InterfaceLanguage.current == .fr }
}

extension ArgumentHelp {
  /// The help of an option in the interface's language.
  static func en(_ english: String, fr french: String) -> ArgumentHelp {
    ArgumentHelp(Words.en(english, fr: french))
  }
}
