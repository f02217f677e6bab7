import EgideCore
import Foundation

/// The optional configuration file: `key = value` lines, `[section]`
/// headers, `#` comments and quoted or bare values (a subset of TOML).
///
/// Looked up at `$EGIDE_CONFIG`, else `$XDG_CONFIG_HOME/egide/config.toml`,
/// else `~/.config/egide/config.toml`. Known keys: `db`, `lang` (`en` or
/// `fr`, the interface's language), `timezone`,
/// `key_file` (the registry key), `retention.years`,
/// `deadlines.critical|high|moderate|low|unrated` (working days),
/// `notices.platform_form|pharos|trusted_flagger` (calendar days before a
/// notice is followed up), `notices.trusted_flagger_organisation` (the
/// organisation designated as trusted flagger that the notifiers act
/// for, required by the `trusted_flagger` channel),
/// `summary.organisation|service|classification` (the heading of HTML
/// summaries, the classification line on every printed page), `limits.import_file_bytes|import_line_bytes|
/// import_cell_bytes|scan_files|scan_bytes` (``InputLimits``); for a
/// client of a server, `server` (its URL), `token_file` and `ca_cert`.
/// The file itself must be a regular file of at most 64 KiB.
struct ConfigFile {
  /// The path the file was read from, if one exists.
  var path: String?
  /// Values by `section.key`.
  var values: [String: String] = [:]

  static let knownKeys: Set<String> = [
    "db", "lang", "timezone", "key_file", "retention.years",
    "deadlines.critical",
    "deadlines.high",
    "deadlines.moderate", "deadlines.low", "deadlines.unrated",
    "notices.platform_form", "notices.pharos", "notices.trusted_flagger",
    "notices.trusted_flagger_organisation",
    "server", "token_file", "ca_cert", "limits.import_file_bytes",
    "limits.import_line_bytes", "limits.import_cell_bytes",
    "limits.scan_files", "limits.scan_bytes", "summary.organisation",
    "summary.service", "summary.classification",
  ]

  /// The largest configuration file read.
  static let maximumSize = 64 << 10

  /// The path of the configuration file for this environment.
  static func defaultPath(environment: [String: String]) -> String {
    if let path = environment["EGIDE_CONFIG"], !path.isEmpty { return path }
    if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty {
      return base + "/egide/config.toml"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.config/egide/config.toml"
  }

  /// Reads the file if it exists.
  ///
  /// - Throws: ``CLIError`` naming the line that cannot be read.
  static func load(environment: [String: String]) throws -> ConfigFile {
    let path = defaultPath(environment: environment)
    guard FileManager.default.fileExists(atPath: path) else {
      return ConfigFile()
    }
    let data = try InputFile.read(
      path, what: "the configuration file",
      hint: "set $EGIDE_CONFIG to an existing file, or unset it",
      maximumSize: maximumSize)
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIError(
        .noInput,
        "the configuration file '\(path)' is not UTF-8 text; save it as UTF-8"
      )
    }
    var config = ConfigFile(path: path)
    var section = ""
    for (index, raw) in text.split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        section = String(line.dropFirst().dropLast())
          .trimmingCharacters(in: .whitespaces)
        continue
      }
      let parts = line.split(separator: "=", maxSplits: 1)
      guard parts.count == 2 else {
        throw CLIError(
          .usage,
          "\(path):\(index + 1): expected key = value, found '\(line)'")
      }
      let key =
        (section.isEmpty ? "" : section + ".")
        + parts[0].trimmingCharacters(in: .whitespaces)
      guard knownKeys.contains(key) else {
        throw CLIError(
          .usage,
          Suggestion.unknownValueMessage(
            field: "configuration key in \(path):\(index + 1)", value: key,
            accepted: knownKeys.sorted()))
      }
      var value = parts[1].trimmingCharacters(in: .whitespaces)
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
        value = String(value.dropFirst().dropLast())
      }
      config.values[key] = value
    }
    return config
  }
}
