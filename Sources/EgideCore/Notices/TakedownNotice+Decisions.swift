import Foundation

/// The lifecycle rules of a notice: each decision checks the current state
/// and returns the event to record, or throws and nothing changes.
extension TakedownNotice {
  /// The most URLs one notice may name.
  public static let urlLimit = 100

  /// Drafts a notice for a content_takedown measure of an open case.
  ///
  /// The platform is `platform` if given, else the case's. The kinds are
  /// those the content carries: `kinds` if given, each an online kind of
  /// the case, else every online kind of the case (see
  /// ``IncidentKind/isOnlineContent``). The `trusted_flagger` channel
  /// needs the designated organisation the notifier acts for.
  ///
  /// - Parameters:
  ///   - id: The new notice's identifier.
  ///   - measure: The content_takedown measure.
  ///   - state: The case of the measure.
  ///   - platform: The platform, when the case names none.
  ///   - channel: How the notice is sent.
  ///   - kinds: The kinds the content carries, or `nil` for the case's
  ///     online kinds.
  ///   - capacities: The capacities of the case's targeted persons.
  ///   - trustedFlagger: The designated trusted flagger the notifier acts
  ///     for, as configured, if any.
  ///   - urls: The exact URLs.
  ///   - notifier: Who sends it.
  ///   - reasons: The notifier's own explanation, if any.
  ///   - actor: Who drafts it.
  ///   - date: When it is drafted.
  /// - Returns: The `drafted` event.
  /// - Throws: ``DomainError`` if the measure is of another kind or
  ///   finished, the case is not open, no platform is known, a kind is not
  ///   an online kind of the case, the case has no online kind, the
  ///   trusted flagger channel has no organisation, or a URL, the notifier
  ///   or the reasons are refused.
  public static func draft(
    id: NoticeID, measure: MeasureID, in state: CaseState,
    platform: Platform?, channel: NoticeChannel,
    kinds: [IncidentKind]? = nil, capacities: [ProtectedCapacity] = [],
    trustedFlagger: String? = nil, urls: [String],
    notifier: Notifier, reasons: String?, by actor: String, at date: Date
  ) throws(DomainError) -> NoticeEvent {
    guard let found = state.measures.first(where: { $0.id == measure }) else {
      throw DomainError(
        .notFound, "no measure \(measure) in case \(state.reference)")
    }
    guard found.kind == .contentTakedown else {
      throw DomainError(
        .forbiddenTransition,
        "measure \(measure) is a \(found.kind.rawValue) measure; a notice needs a content_takedown measure: request one in case \(state.reference)"
      )
    }
    guard !found.status.isFinal else {
      throw DomainError(
        .forbiddenTransition,
        "measure \(measure) is \(found.status.rawValue); a notice needs a measure still requested, granted or in place"
      )
    }
    try checkOpen(state)
    guard let platform = platform ?? state.report.platform else {
      throw DomainError(
        .invalidValue,
        "case \(state.reference) names no platform; give {platform} with one of: \(Platform.acceptedValues.joined(separator: ", "))"
      )
    }
    let kinds = try contentKinds(kinds, of: state)
    let organisation = try flagger(trustedFlagger, for: channel)
    let urls = try checked(urls, existing: [])
    let reasons = try TextRule.optional(
      reasons, field: "reasons", limit: TextRule.longLimit)
    var seen: Set<ProtectedCapacity> = []
    let draft = NoticeDraft(
      measure: measure, caseReference: state.reference, platform: platform,
      channel: channel, kinds: kinds,
      capacities: capacities.filter { seen.insert($0).inserted },
      urls: urls, notifier: notifier, reasons: reasons,
      trustedFlagger: organisation)
    return NoticeEvent(
      sequence: 1, actor: actor, recordedAt: date, change: .drafted(draft))
  }

  /// Adds a URL to a draft.
  ///
  /// - Throws: ``DomainError`` once the notice is sent (a sent notice
  ///   does not change: draft another), for a case no longer open, or a
  ///   URL that is malformed or already named.
  public func addURL(
    _ url: String, in state: CaseState, by actor: String, at date: Date
  ) throws(DomainError) -> NoticeEvent {
    guard sentAt == nil else {
      throw DomainError(
        .forbiddenTransition,
        "notice \(id) was sent; a sent notice does not change: draft a new notice of measure \(draft.measure) for more URLs"
      )
    }
    try Self.checkOpen(state)
    let url = try Self.checked([url], existing: draft.urls)[0]
    return event(.urlAdded(url), actor, date)
  }

  /// Marks the notice as sent at `sentAt`.
  ///
  /// - Throws: ``DomainError`` if it was already sent, the case is not
  ///   open, or `sentAt` is after `date` (the time it is recorded).
  public func send(
    at sentAt: Date, in state: CaseState, by actor: String, at date: Date
  ) throws(DomainError) -> NoticeEvent {
    if let previous = self.sentAt {
      throw DomainError(
        .forbiddenTransition,
        "notice \(id) was already sent on \(Self.day(previous)); a notice is sent once"
      )
    }
    try Self.checkOpen(state)
    guard sentAt <= date else {
      throw DomainError(
        .unacceptableValue,
        "sent date \(Self.day(sentAt)) is in the future; give a date up to now")
    }
    return event(.sent(at: sentAt), actor, date)
  }

  /// Records the platform's answer for `urls` (all URLs still pending when
  /// empty).
  ///
  /// - Throws: ``DomainError`` if the notice was not sent, a URL is not in
  ///   it or cannot take this decision (a removed URL stays removed), the
  ///   statement is empty or too long, or the decision date is before
  ///   sending or in the future.
  public func reply(
    _ decision: NoticeDecision, urls: [String], statement: String,
    decidedAt: Date, by actor: String, at date: Date
  ) throws(DomainError) -> NoticeEvent {
    guard let sentAt else {
      throw DomainError(
        .forbiddenTransition,
        "notice \(id) is a draft; record its sending before a reply"
      )
    }
    let statement = try TextRule.required(
      statement, field: "reasons", limit: TextRule.longLimit)
    guard decidedAt >= sentAt else {
      throw DomainError(
        .unacceptableValue,
        "decision date \(Self.day(decidedAt)) is before the notice was sent (\(Self.day(sentAt))); give a date on or after it"
      )
    }
    guard decidedAt <= date else {
      throw DomainError(
        .unacceptableValue,
        "decision date \(Self.day(decidedAt)) is in the future; give a date up to now"
      )
    }
    var positions: [Int] = []
    if urls.isEmpty {
      positions = targets.filter { $0.status == .pending }.map(\.position)
      guard !positions.isEmpty else {
        throw DomainError(
          .forbiddenTransition,
          "every URL of notice \(id) already has an outcome; name in {urls} the URLs a new decision is about"
        )
      }
    } else {
      for url in urls {
        let text = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let target = targets.first(where: { $0.url == text }) else {
          throw DomainError(
            .notFound,
            "url '\(url)' is not in notice \(id), which lists \(targets.count) URL\(targets.count == 1 ? "" : "s"); give one of them exactly as the notice shows it once revealed with a {purpose}"
          )
        }
        guard target.status.allowedNext.contains(decision.urlStatus) else {
          throw DomainError(
            .forbiddenTransition,
            "url '\(target.url)' of notice \(id) is \(target.status.rawValue); it cannot become \(decision.rawValue)"
              + (target.status == .removed
                ? " (a removed URL stays removed)" : "")
          )
        }
        if !positions.contains(target.position) {
          positions.append(target.position)
        }
      }
    }
    let reply = NoticeReply(
      decision: decision, positions: positions.sorted(), statement: statement,
      decidedAt: decidedAt)
    return event(.replied(reply), actor, date)
  }

  private func event(_ change: NoticeChange, _ actor: String, _ date: Date)
    -> NoticeEvent
  {
    NoticeEvent(
      sequence: events.count + 1, actor: actor, recordedAt: date,
      change: change)
  }

  private static func checkOpen(_ state: CaseState) throws(DomainError) {
    guard state.status.isOpen else {
      throw DomainError(
        .forbiddenTransition,
        "case \(state.reference) is \(state.status.rawValue); reopen it before working on its notices"
      )
    }
  }

  /// Validates new URLs: well formed, not already named, within the limit.
  private static func checked(_ urls: [String], existing: [String])
    throws(DomainError) -> [String]
  {
    guard !urls.isEmpty else {
      throw DomainError(
        .invalidValue,
        "url is missing; give {urls} for each content")
    }
    var all = existing
    for input in urls {
      let url = try NoticeURL.validate(input)
      guard !all.contains(url) else {
        throw DomainError(
          .invalidValue, "url '\(url)' is given twice; name each URL once")
      }
      all.append(url)
    }
    guard all.count <= urlLimit else {
      throw DomainError(
        .unacceptableValue,
        "a notice names at most \(urlLimit) URLs; \(all.count) were given: split them over several notices"
      )
    }
    return Array(all.dropFirst(existing.count))
  }

  /// `2026-11-20T13:30Z`, for messages.
  static func day(_ date: Date) -> String {
    let utc = TimeZone(secondsFromGMT: 0) ?? .current
    let p = Calendar.gregorian(in: utc).dateComponents(
      [.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%04d-%02d-%02dT%02d:%02dZ", p.year ?? 0, p.month ?? 0,
      p.day ?? 0, p.hour ?? 0, p.minute ?? 0)
  }
}
