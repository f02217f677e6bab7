/// A court decision as published (Judilibre export or plain text), read
/// from a file to be scanned for registered persons.
public struct PublishedDecision: Hashable, Sendable {
  /// The file it was read from.
  public var source: String
  /// Its position in that file (1 for a file of one decision).
  public var position: Int
  /// The Judilibre identifier, if the export gave one.
  public var judilibreID: String?
  /// The court that rendered it, when the export or the heading makes it
  /// certain (``RenderingCourt``).
  public var court: Court?
  /// Why the court that rendered it is not certain, when it is not and a
  /// court was named.
  public var courtDoubt: String?
  /// The case number (RG, pourvoi), if known.
  public var number: String?
  /// The day of the decision, `YYYY-MM-DD`, if known.
  public var day: String?
  /// The full text.
  public var text: String

  /// Creates a decision.
  public init(
    source: String, position: Int = 1, judilibreID: String? = nil,
    court: Court? = nil, courtDoubt: String? = nil, number: String? = nil,
    day: String? = nil,
    text: String
  ) {
    self.source = source
    self.position = position
    self.judilibreID = judilibreID
    self.court = court
    self.courtDoubt = courtDoubt
    self.number = number
    self.day = day
    self.text = text
  }

  /// The reference an occultation request can record, if the decision has
  /// a court and an identifier.
  public var reference: DecisionReference? {
    guard let court else { return nil }
    return try? DecisionReference(
      court: court, day: day, number: number, judilibreID: judilibreID)
  }
}
