import Foundation

/// A published court decision an occultation request is about: its court
/// and at least one identifier, the case number (`24/01234`) or the
/// Judilibre identifier.
public struct DecisionReference: Hashable, Sendable, Codable {
  /// The court that rendered the decision.
  public var court: Court
  /// The day of the decision, `YYYY-MM-DD`, if known.
  public var day: String?
  /// The case number (numéro RG or pourvoi), if known.
  public var number: String?
  /// The Judilibre identifier, if known.
  public var judilibreID: String?

  /// Checks and creates a decision reference.
  ///
  /// - Throws: ``DomainError`` when neither identifier is given, or when a
  ///   value is empty, too long, spans lines or has characters a case
  ///   number or a Judilibre identifier never has.
  public init(
    court: Court, day: String? = nil, number: String? = nil,
    judilibreID: String? = nil
  ) throws(DomainError) {
    self.court = court
    self.day = day
    self.number = try Self.identifier(
      number, field: "decision number", allowed: " /.-_")
    self.judilibreID = try Self.identifier(
      judilibreID, field: "judilibre id", allowed: "-_")
    guard self.number != nil || self.judilibreID != nil else {
      throw DomainError(
        .invalidValue,
        "decision of \(court.code) has no identifier; give {decisionNumber} (e.g. 24/01234) or {judilibreId}"
      )
    }
  }

  /// A decision reference as the registry stored it, checked when it was
  /// written; a value not revealed reads as its marker and is not checked
  /// again.
  public init(
    stored court: Court, day: String?, number: String?, judilibreID: String?
  ) {
    self.court = court
    self.day = day
    self.number = number
    self.judilibreID = judilibreID
  }

  /// The decision day from user input: a day, not a month, not after
  /// `now`.
  ///
  /// - Throws: ``DomainError`` naming the field and the accepted forms.
  public static func day(
    _ input: String, dates: DateInput, now: Date,
    field: String = "decision date"
  ) throws(DomainError) -> String {
    let date = try dates.parsePast(input, field: field, now: now)
    guard date.precision == .day else {
      throw DomainError(
        .invalidValue,
        "\(field) '\(input)' is not a day; accepted: YYYY-MM-DD or DD/MM/YYYY")
    }
    return date.formatted(in: dates.timeZone)
  }

  /// A short label: `tj93008 n° 24/01234 of 2026-03-12`.
  public var label: String {
    var parts = [court.code]
    if let number { parts.append("n° \(number)") }
    if let judilibreID { parts.append("Judilibre \(judilibreID)") }
    if let day { parts.append("of \(day)") }
    return parts.joined(separator: " ")
  }

  /// Whether both references name the same decision: same court and the
  /// same number, or the same Judilibre identifier.
  public func sameDecision(as other: DecisionReference) -> Bool {
    if let id = judilibreID, id == other.judilibreID { return true }
    guard court.code == other.court.code, let number else { return false }
    return Self.foldNumber(number) == other.number.map(Self.foldNumber)
  }

  private static func foldNumber(_ number: String) -> String {
    number.filter { $0.isLetter || $0.isNumber }.lowercased()
  }

  private static func identifier(
    _ text: String?, field: String, allowed: String
  ) throws(DomainError) -> String? {
    guard
      let value = try TextRule.optional(text, field: field, limit: 100)
    else { return nil }
    let bad = value.first {
      !($0.isASCII && ($0.isLetter || $0.isNumber)) && !allowed.contains($0)
    }
    if let bad {
      throw DomainError(
        .invalidValue,
        "\(field) '\(value)' contains '\(bad)'; accepted: letters, digits and \(allowed.map { "'\($0)'" }.joined(separator: " "))"
      )
    }
    return value
  }
}
