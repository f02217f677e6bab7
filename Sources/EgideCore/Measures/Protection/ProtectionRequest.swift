import Foundation

/// The protection fonctionnelle a `statutory_protection` measure asks
/// for: its basis, the written request, the day silence becomes a
/// refusal, and the decision once made.
///
/// The measure's authority is the one addressed; its status says whether
/// the protection was granted or refused. A request still awaiting a
/// decision when its two months have run is refused by silence (CRPA
/// L231-4 5°; for a relative, décret n° 2014-1303 art. 1 1°); the measure
/// keeps its status, since a late express decision remains possible, and
/// `show` says the silence has become a refusal.
public struct ProtectionRequest: Hashable, Sendable {
  /// The `statutory_protection` measure.
  public var measure: MeasureID
  /// The legal basis, from the status of the person protected.
  public var basis: ProtectionBasis
  /// The day of the written request, `YYYY-MM-DD`.
  public var requestedOn: String
  /// The day the silence becomes a refusal, `YYYY-MM-DD`: two months
  /// after the request.
  public var silenceEnds: String
  /// The day of the express decision, once recorded.
  public var decidedOn: String?
  /// What the decision says, once recorded.
  public var decision: ProtectionDecision?

  /// A request written on `requestedOn`, its silence ending two months
  /// later.
  public init(measure: MeasureID, basis: ProtectionBasis, requestedOn: String) {
    self.measure = measure
    self.basis = basis
    self.requestedOn = requestedOn
    self.silenceEnds = Self.twoMonths(after: requestedOn)
  }

  /// A request as the registry stored it.
  public init(
    stored measure: MeasureID, basis: ProtectionBasis, requestedOn: String,
    silenceEnds: String, decidedOn: String?, decision: ProtectionDecision?
  ) {
    self.measure = measure
    self.basis = basis
    self.requestedOn = requestedOn
    self.silenceEnds = silenceEnds
    self.decidedOn = decidedOn
    self.decision = decision
  }

  /// Where a protection request stands on a day.
  public enum Standing: Hashable, Sendable {
    /// No decision yet; silence becomes a refusal on the day given.
    case awaiting(until: String)
    /// No decision, and the two months have run: refused by silence since
    /// the day given.
    case refusedBySilence(since: String)
    /// Decided expressly (the measure's status), on the day given if
    /// recorded.
    case decided(MeasureStatus, on: String?)
  }

  /// Where the request stands on `today` (`YYYY-MM-DD`) for a measure in
  /// `status`.
  public func standing(status: MeasureStatus, today: String) -> Standing {
    guard status == .requested else {
      return .decided(status, on: decidedOn)
    }
    return today >= silenceEnds
      ? .refusedBySilence(since: silenceEnds) : .awaiting(until: silenceEnds)
  }

  /// One line for `show`: the basis, the request and where it stands.
  public func summary(status: MeasureStatus, today: String) -> String {
    var text =
      "protection fonctionnelle, basis \(basis.rawValue) (\(basis.citation)); written request of \(requestedOn)"
    switch standing(status: status, today: today) {
    case .awaiting(let day):
      text += "; no decision yet: \(basis.silenceRule), on \(day)"
    case .refusedBySilence(let day):
      text +=
        "; refused by silence since \(day): \(basis.silenceRule); an express decision may still come"
    case .decided(let status, let day):
      text += "; \(status.rawValue)" + (day.map { " on \($0)" } ?? "")
      if let decision {
        text += decision.parts.map { "; \($0)" }.joined()
      }
    }
    return text
  }

  /// The day two months after `day` (`YYYY-MM-DD`): the same day, or the
  /// last day of a shorter month.
  public static func twoMonths(after day: String) -> String {
    let utc = TimeZone(identifier: "UTC") ?? .current
    let calendar = Calendar.gregorian(in: utc)
    guard let start = start(of: day, in: utc),
      let end = calendar.date(byAdding: .month, value: 2, to: start)
    else { return day }
    let c = calendar.dateComponents([.year, .month, .day], from: end)
    return String(
      format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
  }

  /// The first instant of `day` (`YYYY-MM-DD`) in `timeZone`; nil when it
  /// is not a day.
  public static func start(of day: String, in timeZone: TimeZone) -> Date? {
    let parts = day.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return Calendar.gregorian(in: timeZone).date(
      from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
  }
}

/// What a decision on a protection fonctionnelle says.
///
/// The facts it covers, its duration, the lawyer chosen (décret n° 93-21
/// art. 11-31 and 11-32 for magistrates). It may name people: the registry
/// seals it.
public struct ProtectionDecision: Hashable, Sendable, Codable {
  /// The facts the protection covers.
  public var facts: String?
  /// How long it lasts ("the proceedings", "until 2027-06-30").
  public var duration: String?
  /// The lawyer the person chose.
  public var lawyer: String?

  /// A decision's content.
  public init(facts: String?, duration: String?, lawyer: String?) {
    self.facts = facts
    self.duration = duration
    self.lawyer = lawyer
  }

  /// Whether nothing is said.
  public var isEmpty: Bool { facts == nil && duration == nil && lawyer == nil }

  /// Each part said, labelled.
  public var parts: [String] {
    [
      facts.map { "facts covered: \($0)" },
      duration.map { "duration: \($0)" },
      lawyer.map { "lawyer: \($0)" },
    ].compactMap { $0 }
  }
}
