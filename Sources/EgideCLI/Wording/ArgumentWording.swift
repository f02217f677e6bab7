import ArgumentParser
import EgideCore
import Foundation

/// The refusals ArgumentParser writes, worded as egide words its own: a
/// value refused by an option's parser is that parser's message alone, a
/// mistyped command names the closest one, and each reads in French in a
/// French interface.
enum ArgumentWording {
  /// The message for a command line ArgumentParser refused.
  static func message(for text: String) -> String {
    // "The value 'x' is invalid for '--kind <kind>': unknown kind 'x'…":
    // the option's own message names the field, the value and the
    // accepted ones.
    if let match = text.firstMatch(
      of: /^The value '.*' is invalid for '[^']*': (?<reason>.+)$/
        .dotMatchesNewlines())
    {
      return String(match.reason)
    }
    guard Words.french else { return text }
    return FrenchMessages.translate(translated(text))
  }

  /// The refusal of a first word that names no command, with the closest
  /// one; nil when `arguments` start with an option or a command.
  static func unknownCommand(_ arguments: [String], commands: [String])
    -> String?
  {
    guard let first = arguments.first, !first.hasPrefix("-"),
      !commands.contains(first), first != "help"
    else { return nil }
    let closest = Suggestion.closest(to: first, in: commands)
    return Words.en(
      "unknown command '\(first)'"
        + (closest.map { " (did you mean '\($0)'?)" } ?? "")
        + "; 'egide --help' lists the commands",
      fr:
        "commande inconnue « \(first) »"
        + (closest.map { " (vouliez-vous dire « \($0) » ?)" } ?? "")
        + " ; « egide --help » donne la liste des commandes")
  }

  /// A help page ArgumentParser wrote, with its own headings and
  /// sentences in French (the commands' texts are French already).
  static func frenchHelp(_ text: String) -> String {
    let replacements: [(String, String)] = [
      ("OVERVIEW:", "PRÉSENTATION :"), ("USAGE:", "UTILISATION :"),
      ("ARGUMENTS:", "ARGUMENTS :"), ("OPTIONS:", "OPTIONS :"),
      ("SUBCOMMANDS:", "SOUS-COMMANDES :"),
      ("Show help information.", "Affiche l'aide."),
      ("Show the version.", "Affiche la version."),
      (
        "See 'egide help <subcommand>' for detailed help.",
        "« egide help <sous-commande> » donne l'aide d'une commande."
      ),
      ("(default: ", "(par défaut : "),
    ]
    var result = text
    for (english, french) in replacements {
      result = result.replacingOccurrences(of: english, with: french)
    }
    return result
  }

  /// ArgumentParser's own sentences in French.
  private static func translated(_ text: String) -> String {
    let sentences: [(Regex<(Substring, Substring)>, (Substring) -> String)] = [
      (/^Unknown option '(.+)'.*$/, { "option inconnue « \($0) »" }),
      (/^Unexpected argument '(.+)'.*$/, { "argument inattendu « \($0) »" }),
      (
        /^Missing expected argument '(.+)'.*$/,
        { "argument attendu manquant : \($0)" }
      ),
      (
        /^Missing value for '(.+)'.*$/,
        { "valeur manquante pour « \($0) »" }
      ),
    ]
    for (pattern, french) in sentences {
      if let match = text.firstMatch(of: pattern) {
        return french(match.1)
      }
    }
    return text
  }
}
