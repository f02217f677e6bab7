/// Where a scan found a registered person in a decision: the best passage,
/// with the name masked, and how sure it is.
public struct ExposureHit: Hashable, Sendable {
  /// The person found.
  public var person: PersonID
  /// The index of the decision in the scanned list.
  public var decision: Int
  /// The line naming the person, the name replaced by `█████`.
  public var maskedPassage: String
  /// How sure the scan is.
  public var confidence: ExposureConfidence
  /// Why: each piece of evidence that raised or lowered the score.
  public var reasons: [String]
  /// The score behind the confidence.
  public var score: Int
  /// How many passages of the decision name the person.
  public var mentions: Int

  /// Creates a hit.
  public init(
    person: PersonID, decision: Int, maskedPassage: String,
    confidence: ExposureConfidence, reasons: [String], score: Int,
    mentions: Int
  ) {
    self.person = person
    self.decision = decision
    self.maskedPassage = maskedPassage
    self.confidence = confidence
    self.reasons = reasons
    self.score = score
    self.mentions = mentions
  }
}
