import EgideReports
import Foundation

/// The language egide speaks to the person at the terminal: its messages,
/// prompts, table headers, `--help` pages and the labels of values.
///
/// It is `--lang` anywhere before `--`, else `lang =` in the configuration
/// file, else the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as
/// POSIX orders them: a `fr` locale such as `fr_FR.UTF-8` gives French),
/// else English. JSON and CSV keep the stable codes whatever the language.
enum InterfaceLanguage {
  /// The language of this process, resolved once from its arguments,
  /// environment and configuration file.
  static let current: ReportLanguage = resolve(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment)

  /// `lang =` in this process's configuration file, read once for both
  /// ``current`` and ``problem(arguments:configured:)``: nil when the
  /// file does not exist, cannot be read (the command reports it) or
  /// does not set it.
  private static let configuredInProcess =
    (try? ConfigFile.load(
      environment: ProcessInfo.processInfo.environment))?.values["lang"]

  /// The language `arguments`, the configuration file and the locale ask
  /// for; English when none does, or when what they give is not a
  /// language egide speaks (``problem(arguments:configured:)`` says so).
  static func resolve(
    arguments: [String], environment: [String: String],
    configured: String? = configuredInProcess
  ) -> ReportLanguage {
    if let given = argument(in: arguments) {
      return ReportLanguage(rawValue: given.lowercased()) ?? .en
    }
    if let configured {
      return ReportLanguage(rawValue: configured.lowercased()) ?? .en
    }
    return locale(environment: environment) ?? .en
  }

  /// The refusal of a `--lang` or `lang =` that names no language egide
  /// speaks, if one does.
  static func problem(
    arguments: [String], configured: String? = configuredInProcess
  ) -> String? {
    let accepted = ReportLanguage.allCases.map(\.rawValue)
    if let given = argument(in: arguments),
      ReportLanguage(rawValue: given.lowercased()) == nil
    {
      return
        "unknown --lang '\(given)'; accepted: \(accepted.joined(separator: ", "))"
    }
    if argument(in: arguments) == nil, let configured,
      ReportLanguage(rawValue: configured.lowercased()) == nil
    {
      return
        "unknown lang '\(configured)' in the configuration file; accepted: \(accepted.joined(separator: ", "))"
    }
    return nil
  }

  /// The language of a POSIX locale: the first of `LC_ALL`, `LC_MESSAGES`
  /// and `LANG` that is set and not empty decides; `fr`, `fr_FR.UTF-8`,
  /// `fr_BE@euro` are French, `C`, `POSIX` and every other language
  /// English.
  static func locale(environment: [String: String]) -> ReportLanguage? {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      let language = value.prefix { $0.isLetter }.lowercased()
      return language == "fr" ? .fr : .en
    }
    return nil
  }

  /// The value of `--lang` among `arguments`, before a `--` that ends the
  /// options.
  static func argument(in arguments: [String]) -> String? {
    var value: String?
    var index = arguments.startIndex
    while index < arguments.endIndex, arguments[index] != "--" {
      let argument = arguments[index]
      if argument == "--lang", index + 1 < arguments.endIndex {
        value = arguments[index + 1]
        index += 2
        continue
      }
      if argument.hasPrefix("--lang=") {
        value = String(argument.dropFirst("--lang=".count))
      }
      index += 1
    }
    return value
  }

  /// `arguments` without `--lang` and its value: for the commands that
  /// take no `--lang` of their own, where it chooses the interface's
  /// language only.
  static func removingArgument(_ arguments: [String]) -> [String] {
    var kept: [String] = []
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" {
        kept += arguments[index...]
        break
      }
      if argument == "--lang", index + 1 < arguments.endIndex {
        index += 2
        continue
      }
      if !argument.hasPrefix("--lang=") { kept.append(argument) }
      index += 1
    }
    return kept
  }
}
