import Foundation

/// One reveal of identities, as the access log keeps it: who, when, what
/// they revealed, in which case, and why.
///
/// Every command that shows a name, a contact, a narrative or evidence
/// content records one before it prints; the purpose is required.
public struct AccessEntry: Hashable, Sendable {
  /// The user who revealed.
  public var actor: String
  /// When.
  public var recordedAt: Date
  /// What was revealed, by which command.
  public var action: RevealAction
  /// The case concerned, if the reveal concerned one case.
  public var caseReference: CaseReference?
  /// Why, in the user's words.
  public var purpose: String
  /// Further facts (a filter, an evidence identifier), as key and value.
  public var details: [String: String]

  /// Creates an entry after checking the purpose.
  ///
  /// - Throws: ``DomainError`` for an empty or oversized purpose.
  public init(
    actor: String, recordedAt: Date, action: RevealAction,
    caseReference: CaseReference?, purpose: String,
    details: [String: String] = [:]
  ) throws(DomainError) {
    self.actor = actor
    self.recordedAt = recordedAt
    self.action = action
    self.caseReference = caseReference
    self.purpose = try Self.purpose(purpose)
    self.details = details
  }

  /// An entry as the access log stored it, taken as it is: the rules of
  /// a purpose have grown stricter over time, and an older entry must
  /// still be listed (its text is shown safely by the printers).
  public init(
    stored actor: String, recordedAt: Date, action: RevealAction,
    caseReference: CaseReference?, purpose: String, details: [String: String]
  ) {
    self.actor = actor
    self.recordedAt = recordedAt
    self.action = action
    self.caseReference = caseReference
    self.purpose = purpose
    self.details = details
  }

  /// Checks a purpose as given with `--purpose`: one line, 3 to 500
  /// characters.
  ///
  /// - Throws: ``DomainError`` naming the field and what is accepted.
  public static func purpose(_ text: String) throws(DomainError) -> String {
    let purpose = try TextRule.required(
      text, field: "{purpose}", limit: TextRule.lineLimit)
    guard purpose.count >= 3 else {
      throw DomainError(
        .invalidValue,
        "{purpose} '\(purpose)' is too short; say why you need the identities, such as 'prepare the police complaint'"
      )
    }
    return purpose
  }
}

/// What a reveal revealed: the command that showed identities.
public enum RevealAction: String, CaseIterable, Sendable, Codable {
  /// `show` or `timeline` with identities.
  case show
  /// `export cases --include-identities`.
  case export
  /// `evidence get`: a stored file.
  case evidence
  /// `notice render`: a notice with its URLs and notifier.
  case notice
  /// `campaign show` with the authors' handles.
  case campaign
  /// `exposure scan --reveal`: the names found in decisions.
  case exposure
  /// `occultation show` with the decisions' identifiers.
  case occultation
  /// `person find`: a lookup of a name in the blind index.
  case personSearch = "person_search"
  /// `list --search`: words looked for in the summaries, narratives,
  /// notes and names of the cases of the user's scope.
  case caseSearch = "case_search"
}
