import Foundation

/// French for the messages the domain, the store, the service and the
/// command line write in English: each rule matches a whole message and
/// rewrites it, keeping what the message quotes (a reference, a value, a
/// date) as it was.
///
/// A message no rule matches is shown in English: better an English line
/// than a wrong French one.
enum FrenchMessages {
  /// One English message shape and its French wording.
  struct Rule {
    /// The English message, as a regular expression matched against the
    /// whole message (ICU syntax, anchored at both ends by the matcher).
    var english: String
    /// The French message; `$1`, `$2`… stand for the captured groups.
    var french: String

    init(_ english: String, _ french: String) {
      self.english = english
      self.french = french
    }
  }

  /// `message` in French, or as it was when no rule matches it.
  static func translate(_ message: String) -> String {
    let range = NSRange(message.startIndex..., in: message)
    for (rule, expression) in compiled {
      if expression.firstMatch(in: message, range: range) != nil {
        return expression.stringByReplacingMatches(
          in: message, range: range, withTemplate: rule.french)
      }
    }
    return message
  }

  /// Every rule with its compiled expression; a rule that does not compile
  /// is left out (the tests check that none is).
  static let compiled: [(Rule, NSRegularExpression)] = rules.compactMap {
    rule in
    (try? NSRegularExpression(pattern: "^(?:" + rule.english + ")$")).map {
      (rule, $0)
    }
  }
}
