import Foundation

/// A request to hide a person's identity in published decisions, made
/// under an `open_data_occultation` measure, addressed to the authority
/// the law designates.
public struct OccultationRequest: Hashable, Sendable, Identifiable {
  /// The stable identifier.
  public var id: OccultationID
  /// The `open_data_occultation` measure it carries out.
  public var measure: MeasureID
  /// The person whose identity is to be hidden.
  public var beneficiary: PersonID
  /// The decisions concerned, at least one, all before the same authority.
  public var decisions: [DecisionReference]
  /// The person's relation to the court of the decisions.
  public var relation: OccultationRelation
  /// Which legal route applies.
  public var route: OccultationRoute
  /// The authority that rules, named in full.
  public var authority: String
  /// When it was requested.
  public var requestedAt: Date
  /// Who filed it.
  public var requestedBy: String
  /// The first ruling, once made.
  public var ruling: OccultationRuling?
  /// When the refusal was appealed, if it was.
  public var appealedAt: Date?
  /// The ruling on the appeal, once made.
  public var appealRuling: OccultationRuling?

  /// Where the request stands.
  public var status: OccultationStatus {
    if let appealRuling {
      return appealRuling.outcome == .granted ? .granted : .refused
    }
    if appealedAt != nil { return .appealed }
    if let ruling { return ruling.outcome == .granted ? .granted : .refused }
    return .requested
  }

  /// Whether no further step is possible whatever the date: granted, or
  /// refused with no appeal left.
  public var isSettled: Bool {
    switch status {
    case .granted: true
    case .refused: !route.allowsAppeal || appealedAt != nil
    case .requested, .appealed: false
    }
  }

  /// Files a request about `decisions` for `person`: the relation to the
  /// decisions' court is the one given, else derived from the person's
  /// court and role, and the route and authority follow from it.
  ///
  /// - Throws: ``DomainError`` if there is no decision, or if the
  ///   decisions would go to different authorities.
  public init(
    id: OccultationID, measure: MeasureID, person: TargetedPerson,
    decisions: [DecisionReference], relation: OccultationRelation? = nil,
    by actor: String, at date: Date
  ) throws(DomainError) {
    guard let first = decisions.first else {
      throw DomainError(
        .invalidValue,
        "an occultation request names no decision; give {decisionCourt} with {decisionNumber} or {judilibreId}"
      )
    }
    let relation = relation ?? OccultationRelation.of(person, to: first.court)
    let route = OccultationRoute.route(
      forDecisionOf: first.court, relation: relation)
    let authority = route.authority(forDecisionOf: first.court)
    for decision in decisions.dropFirst() {
      let other = OccultationRoute.route(
        forDecisionOf: decision.court, relation: relation)
      guard other.authority(forDecisionOf: decision.court) == authority else {
        throw DomainError(
          .invalidValue,
          "decisions of \(first.court.code) and \(decision.court.code) go to different authorities; file one request per court"
        )
      }
    }
    self.id = id
    self.measure = measure
    self.beneficiary = person.id
    self.decisions = decisions
    self.relation = relation
    self.route = route
    self.authority = authority
    self.requestedAt = date
    self.requestedBy = actor
  }

  /// Restores a stored request exactly as it was.
  public init(
    id: OccultationID, measure: MeasureID, beneficiary: PersonID,
    decisions: [DecisionReference], relation: OccultationRelation,
    route: OccultationRoute, authority: String, requestedAt: Date,
    requestedBy: String, ruling: OccultationRuling?, appealedAt: Date?,
    appealRuling: OccultationRuling?
  ) {
    self.id = id
    self.measure = measure
    self.beneficiary = beneficiary
    self.decisions = decisions
    self.relation = relation
    self.route = route
    self.authority = authority
    self.requestedAt = requestedAt
    self.requestedBy = requestedBy
    self.ruling = ruling
    self.appealedAt = appealedAt
    self.appealRuling = appealRuling
  }

  /// The appeal window, for a refusal that may be appealed: counted in
  /// the calendar of the Cour de cassation, before whose first president
  /// the appeal is brought (COJ R111-13), whatever the registry's clock.
  public func appealWindow() -> AppealWindow? {
    guard route.allowsAppeal, let ruling, ruling.outcome == .refused else {
      return nil
    }
    return AppealWindow(
      notified: ruling.notifiedAt, calendar: AppealWindow.cassationCalendar)
  }

  /// The authority ruling at this stage: the appeal's once the refusal is
  /// appealed, else the request's.
  public var decidingAuthority: String {
    if appealedAt != nil, let appeal = route.appealAuthority { return appeal }
    return authority
  }

  /// The request with the authority's ruling recorded: on the request
  /// when it is `requested`, on the appeal when it is `appealed`.
  ///
  /// `notified` defaults to `date`; it may not be later than `date` nor
  /// earlier than the day before the request (or the appeal).
  ///
  /// - Throws: ``DomainError`` `.forbiddenTransition` when the request is
  ///   already settled or awaits an appeal; `.unacceptableValue` for a
  ///   notification date out of range.
  public func deciding(
    _ outcome: OccultationOutcome, notified: Date? = nil, at date: Date
  ) throws(DomainError) -> OccultationRequest {
    let notifiedAt = notified ?? date
    let step = status == .appealed ? appealedAt ?? requestedAt : requestedAt
    guard status == .requested || status == .appealed else {
      throw DomainError(
        .forbiddenTransition,
        "occultation request \(id) is \(status.rawValue); only a requested or appealed request can be decided"
      )
    }
    guard notifiedAt <= date else {
      throw DomainError(
        .unacceptableValue,
        "notified date is in the future; give a date up to today")
    }
    guard notifiedAt >= step.addingTimeInterval(-86_400) else {
      throw DomainError(
        .unacceptableValue,
        "notified date is before the \(status == .appealed ? "appeal" : "request") of \(id); give a later date"
      )
    }
    var next = self
    let ruling = OccultationRuling(
      outcome: outcome, recordedAt: date, notifiedAt: notifiedAt)
    if status == .appealed {
      next.appealRuling = ruling
    } else {
      next.ruling = ruling
    }
    return next
  }

  /// The request with its refusal appealed.
  ///
  /// - Throws: ``DomainError`` `.forbiddenTransition` unless the request
  ///   was refused under COJ R111-13, not yet appealed, and the window is
  ///   still open at `date`.
  public func appealing(at date: Date) throws(DomainError)
    -> OccultationRequest
  {
    guard status == .refused, appealedAt == nil else {
      throw DomainError(
        .forbiddenTransition,
        "occultation request \(id) is \(status.rawValue)\(appealedAt == nil ? "" : " on appeal"); only a first refusal can be appealed"
      )
    }
    guard let window = appealWindow() else {
      throw DomainError(
        .forbiddenTransition,
        "occultation request \(id) was refused under \(route.legalBasis), which provides no appeal; file a new request to the Cour de cassation (COJ R111-13) with {relation} other"
      )
    }
    guard !window.isExpired(at: date) else {
      throw DomainError(
        .forbiddenTransition,
        "the appeal window of \(id) closed on \(window.lastDayText) (two months from the notification); an appeal is no longer accepted"
      )
    }
    var next = self
    next.appealedAt = date
    return next
  }
}
