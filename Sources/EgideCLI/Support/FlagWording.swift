import EgideCore

/// How the CLI names the fields of the service's requests in messages: as
/// the flags a user types (`duplicateOf` is `--duplicate-of`, the list
/// `courts` is the repeatable `--court`).
enum FlagWording {
  /// The flag for a field.
  static func flag(_ field: String) -> String {
    if let flag = singular[field] { return "--" + flag }
    var flag = ""
    for character in field {
      if character.isUppercase {
        flag += "-" + character.lowercased()
      } else {
        flag.append(character)
      }
    }
    return "--" + flag
  }

  /// A message of the domain with its fields worded as flags.
  static func word(_ message: String) -> String {
    FieldWording.word(message, flag)
  }

  /// The list fields whose repeatable flag is singular.
  private static let singular = [
    "statuses": "status", "courts": "court", "kinds": "kind",
    "roles": "role", "targets": "target", "persons": "person",
    "factors": "factor", "authors": "author", "urls": "url",
  ]
}
