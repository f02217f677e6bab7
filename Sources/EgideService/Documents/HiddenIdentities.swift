import EgideStore

/// How output reads when identities are not revealed: the values read
/// `[sealed]`, and rather than print that marker line after line, text
/// output leaves them out and says once how to see them.
public enum HiddenIdentities {
  /// The value, or nil when it was not revealed (or was purged).
  public static func shown(_ value: String) -> String? {
    value == IdentityVault.concealed || value == IdentityVault.purged
      ? nil : value
  }

  /// `: value`, or nothing for a value not revealed.
  public static func suffix(_ value: String, separator: String = ": ") -> String
  {
    shown(value).map { separator + $0 } ?? ""
  }

  /// The line that says identities were left out and how to see them.
  public static func notice(_ option: String = "--identities") -> String {
    "Identities hidden: add \(option) --purpose TEXT to see names, summaries, narratives, notes and evidence (recorded in the access log)."
  }
}
