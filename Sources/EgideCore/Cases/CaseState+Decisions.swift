import Foundation

/// The lifecycle rules: each decision checks the current state and returns
/// the event to record, or throws and nothing is recorded.
extension CaseState {
  /// Sets the severity and, when some are given, replaces the risk factors.
  ///
  /// - Throws: ``DomainError`` if the case is resolved or closed, or the
  ///   severity is below what the factors imply.
  public func assess(
    severity: Severity, factors: [RiskFactor], by actor: String, at date: Date
  ) throws(DomainError) -> CaseEvent {
    try check(.assess)
    let kept = factors.isEmpty ? self.factors : Self.normalised(factors)
    try Self.checkSeverity(severity, against: kept)
    return event(.assessed(severity: severity, factors: kept), actor, date)
  }

  /// Escalates the case to an authority.
  public func escalate(
    to level: EscalationLevel, authority: String?, reason: String,
    by actor: String, at date: Date
  ) throws(DomainError) -> CaseEvent {
    try check(.escalate)
    let reason = try TextRule.required(
      reason, field: "reason", limit: TextRule.lineLimit)
    let authority = try TextRule.optional(
      authority, field: "authority", limit: TextRule.shortLimit)
    return event(
      .escalated(level: level, authority: authority, reason: reason), actor,
      date)
  }

  /// Gives the case to someone to follow.
  public func assign(to name: String, by actor: String, at date: Date)
    throws(DomainError) -> CaseEvent
  {
    try check(.assign)
    let name = try TextRule.required(
      name, field: "assignee", limit: TextRule.shortLimit)
    if name == assignee {
      throw DomainError(
        .forbiddenTransition,
        "case \(reference) is already assigned to \(name); nothing to change")
    }
    return event(.assigned(to: name), actor, date)
  }

  /// Adds a note to the file; allowed in every status.
  public func note(_ text: String, by actor: String, at date: Date)
    throws(DomainError) -> CaseEvent
  {
    try check(.note)
    let text = try TextRule.required(
      text, field: "note", limit: TextRule.longLimit)
    return event(.noted(text), actor, date)
  }

  /// Attaches evidence already identified by the store.
  public func addEvidence(_ item: EvidenceItem, at date: Date)
    throws(DomainError) -> CaseEvent
  {
    try check(.addEvidence)
    if case .url(let url) = item.source {
      _ = try TextRule.required(url, field: "url", limit: 2_000)
    }
    return event(.evidenceAdded(item), item.capturedBy, date)
  }

  /// Requests a protective measure for one of the case's targets.
  ///
  /// - Throws: ``DomainError`` if the case is resolved or closed, the
  ///   beneficiary is not targeted in this case, or the due date has passed.
  public func requestMeasure(
    id: MeasureID, kind: MeasureKind, authority: String, due: Date?,
    beneficiary: PersonID?, by actor: String, at date: Date
  ) throws(DomainError) -> CaseEvent {
    try check(.requestMeasure)
    let authority = try TextRule.required(
      authority, field: "authority", limit: TextRule.shortLimit)
    let person = beneficiary ?? report.targets[0]
    guard report.targets.contains(person) else {
      let list = report.targets.map(\.description).joined(separator: ", ")
      throw DomainError(
        .invalidValue,
        "beneficiary \(person) is not targeted in case \(reference); accepted: \(list)"
      )
    }
    if let due, due < date {
      throw DomainError(
        .unacceptableValue,
        "due date has already passed; give a date from today on")
    }
    let measure = Measure(
      id: id, kind: kind, authority: authority, beneficiary: person,
      requestedAt: date, due: due)
    return event(.measureRequested(measure), actor, date)
  }

  /// Moves a measure of this case to a new status.
  ///
  /// - Throws: ``DomainError`` naming the measure's status and the allowed
  ///   next ones if the measure lifecycle forbids the change.
  public func updateMeasure(
    _ id: MeasureID, to status: MeasureStatus, note: String?, by actor: String,
    at date: Date
  ) throws(DomainError) -> CaseEvent {
    guard let measure = measures.first(where: { $0.id == id }) else {
      throw DomainError(.notFound, "no measure \(id) in case \(reference)")
    }
    let note = try TextRule.optional(
      note, field: "note", limit: TextRule.longLimit)
    guard measure.status.allowedNext.contains(status) else {
      let next =
        measure.status.isFinal
        ? "none: it is final; request a new measure instead"
        : measure.status.allowedNext.map(\.rawValue).joined(separator: ", ")
      throw DomainError(
        .forbiddenTransition,
        "cannot move measure \(id) to \(status.rawValue): it is \(measure.status.rawValue); allowed next: \(next)"
      )
    }
    return event(
      .measureUpdated(id: id, from: measure.status, to: status, note: note),
      actor, date)
  }

  /// Grants an open-data occultation measure refused at first instance,
  /// once the appeal against the refusal is granted: the one way back
  /// from `refused`, which an update by hand never takes.
  ///
  /// The refusal of a designated magistrate of the Cour de cassation may
  /// be appealed within two months to its first president (COJ R111-13);
  /// the appeal's ruling, when it grants the occultation, grants the
  /// measure.
  ///
  /// - Throws: ``DomainError`` `.forbiddenTransition` for a measure that is
  ///   not a refused open-data occultation.
  public func grantOnAppeal(
    _ id: MeasureID, note: String?, by actor: String, at date: Date
  ) throws(DomainError) -> CaseEvent {
    guard let measure = measures.first(where: { $0.id == id }) else {
      throw DomainError(.notFound, "no measure \(id) in case \(reference)")
    }
    guard measure.kind == .openDataOccultation, measure.status == .refused
    else {
      throw DomainError(
        .forbiddenTransition,
        "cannot grant measure \(id) on appeal: it is a \(measure.status.rawValue) \(measure.kind.rawValue) measure; only a refused open_data_occultation measure is granted on appeal"
      )
    }
    let note = try TextRule.optional(
      note, field: "note", limit: TextRule.longLimit)
    return event(
      .measureUpdated(id: id, from: .refused, to: .granted, note: note),
      actor, date)
  }

  /// Resolves the case with its outcome.
  public func resolve(outcome: String, by actor: String, at date: Date)
    throws(DomainError) -> CaseEvent
  {
    try check(.resolve)
    let outcome = try TextRule.required(
      outcome, field: "outcome", limit: TextRule.lineLimit)
    return event(.resolved(outcome: outcome), actor, date)
  }

  /// Closes the case without action.
  ///
  /// - Throws: ``DomainError`` if the case is already resolved or closed,
  ///   or a duplicate names no other case (or names a case for another reason).
  public func close(
    reason: ClosureReason, duplicateOf: CaseReference?, by actor: String,
    at date: Date
  ) throws(DomainError) -> CaseEvent {
    try check(.close)
    switch (reason, duplicateOf) {
    case (.duplicate, nil):
      throw DomainError(
        .invalidValue,
        "duplicate-of is missing; a duplicate must name the case it repeats ({duplicateOf} 2026-0042)",
        field: "duplicateOf")
    case (.duplicate, let other?) where other == reference:
      throw DomainError(
        .invalidValue,
        "duplicate-of '\(other)' is this very case; name the case it repeats")
    case (.unfounded, _?), (.withdrawn, _?):
      throw DomainError(
        .invalidValue,
        "duplicate-of is only accepted with {reason} duplicate",
        field: "duplicateOf")
    default: break
    }
    return event(.closed(reason: reason, duplicateOf: duplicateOf), actor, date)
  }

  /// Reopens a resolved or closed case.
  public func reopen(reason: String, by actor: String, at date: Date)
    throws(DomainError) -> CaseEvent
  {
    try check(.reopen)
    let reason = try TextRule.required(
      reason, field: "reason", limit: TextRule.lineLimit)
    return event(.reopened(reason: reason), actor, date)
  }

  /// Refuses `action` unless the lifecycle allows it from the status.
  func check(_ action: CaseAction) throws(DomainError) {
    guard status.allows(action) else {
      var state = status.rawValue
      if let closureReason { state += " (\(closureReason.rawValue))" }
      let allowed = status.allowedActions.map(\.rawValue).joined(
        separator: ", ")
      var hint = ""
      if status == .new && (action == .resolve || action == .escalate) {
        hint = " (assess it first)"
      }
      throw DomainError(
        .forbiddenTransition,
        "cannot \(action.rawValue) case \(reference): it is \(state)\(hint); allowed next: \(allowed)"
      )
    }
  }

  /// Refuses a severity below the floor the risk factors set.
  static func checkSeverity(_ severity: Severity, against factors: [RiskFactor])
    throws(DomainError)
  {
    let floor = RiskFactor.minimumSeverity(for: Set(factors))
    if severity < floor {
      let names = factors.map(\.rawValue).joined(separator: ", ")
      throw DomainError(
        .unacceptableValue,
        "severity '\(severity.rawValue)' is below '\(floor.rawValue)', the least the factors \(names) allow; give \(floor.rawValue) or higher"
      )
    }
  }

  /// Sorts and removes repeats.
  static func normalised<T: DomainValue>(_ values: [T]) -> [T] {
    let order = Dictionary(
      uniqueKeysWithValues: T.allCases.enumerated().map { ($1, $0) })
    return Set(values).sorted { order[$0, default: 0] < order[$1, default: 0] }
  }

  func event(_ change: CaseChange, _ actor: String, _ date: Date)
    -> CaseEvent
  {
    CaseEvent(
      sequence: events.count + 1, actor: actor, recordedAt: date,
      change: change)
  }
}
