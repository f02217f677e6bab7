import Foundation
import PropertyBased
import Testing

@testable import EgideCore

/// One thing a user may try on a case, valid or not.
enum LifecycleAttempt: Sendable, CustomStringConvertible {
  case assess(Severity, [RiskFactor])
  case escalate(EscalationLevel, reason: String)
  case assign(String)
  case note(String)
  case addEvidence(url: String)
  case requestMeasure(MeasureKind)
  /// Moves the measure at `index` (modulo the number requested; a measure
  /// that does not exist when none was requested).
  case updateMeasure(index: Int, to: MeasureStatus)
  case resolve(String)
  case close(ClosureReason, duplicate: Bool)
  case reopen(String)

  /// Texts users type: blank ones must be refused, the others accepted.
  static let texts = [
    "Menace réitérée par message privé", "", "   ", "\n", "Appel au greffe",
    "Rappel de la présidence", "Plainte déposée",
  ]
  static let assignees = ["Sécurité Bobigny", "Officier Trébuchet", " "]

  /// Builds an attempt from three random numbers, so that the generator
  /// shrinks failing sequences with the integer shrinker.
  init(code: Int, first: Int, second: Int) {
    func pick<T>(_ values: [T], _ index: Int) -> T {
      values[index % values.count]
    }
    let factors = RiskFactor.allCases.enumerated().filter {
      (second >> $0.offset) & 1 == 1 && second % 3 == 0
    }.map(\.element)
    switch code {
    case 0: self = .assess(pick(Severity.allCases, first), factors)
    case 1:
      self = .escalate(
        pick(EscalationLevel.allCases, first), reason: pick(Self.texts, second))
    case 2: self = .assign(pick(Self.assignees, first))
    case 3: self = .note(pick(Self.texts, first))
    case 4:
      self = .addEvidence(
        url: first % 5 == 0 ? " " : "https://x.com/fictif/status/\(first)")
    case 5: self = .requestMeasure(pick(MeasureKind.allCases, first))
    case 6, 7:
      self = .updateMeasure(
        index: first, to: pick(MeasureStatus.allCases, second))
    case 8: self = .resolve(pick(Self.texts, first))
    case 9:
      self = .close(
        pick(ClosureReason.allCases, first), duplicate: second % 2 == 0)
    default: self = .reopen(pick(Self.texts, first))
    }
  }

  var description: String {
    switch self {
    case .assess(let severity, let factors):
      "assess \(severity.rawValue) \(factors.map(\.rawValue))"
    case .escalate(let level, let reason):
      "escalate \(level.rawValue) '\(reason)'"
    case .assign(let name): "assign '\(name)'"
    case .note(let text): "note '\(text)'"
    case .addEvidence(let url): "evidence '\(url)'"
    case .requestMeasure(let kind): "measure request \(kind.rawValue)"
    case .updateMeasure(let index, let status):
      "measure update #\(index) → \(status.rawValue)"
    case .resolve(let outcome): "resolve '\(outcome)'"
    case .close(let reason, let duplicate):
      "close \(reason.rawValue)\(duplicate ? " duplicate-of" : "")"
    case .reopen(let reason): "reopen '\(reason)'"
    }
  }

  /// The lifecycle action the attempt needs, `nil` for a measure update
  /// (governed by the measure's own lifecycle).
  var action: CaseAction? {
    switch self {
    case .assess: .assess
    case .escalate: .escalate
    case .assign: .assign
    case .note: .note
    case .addEvidence: .addEvidence
    case .requestMeasure: .requestMeasure
    case .updateMeasure: nil
    case .resolve: .resolve
    case .close: .close
    case .reopen: .reopen
    }
  }
}

/// Random sequences of lifecycle decisions applied to ``CaseState`` never
/// bring a case to a state the lifecycle forbids.
@Suite("Lifecycle properties")
struct PropertyLifecycleTests {
  /// The actions the README allows from each status, written out here
  /// rather than read from the implementation.
  static let allowed: [CaseStatus: Set<CaseAction>] = [
    .new: [.assess, .assign, .note, .addEvidence, .requestMeasure, .close],
    .assessed: [
      .assess, .escalate, .assign, .note, .addEvidence, .requestMeasure,
      .resolve, .close,
    ],
    .escalated: [
      .assess, .escalate, .assign, .note, .addEvidence, .requestMeasure,
      .resolve, .close,
    ],
    .monitored: [
      .assess, .escalate, .assign, .note, .addEvidence, .requestMeasure,
      .resolve, .close,
    ],
    .resolved: [.reopen, .note],
    .closed: [.reopen, .note],
  ]

  /// The measure moves the README allows, written out.
  static let measureMoves: [MeasureStatus: Set<MeasureStatus>] = [
    .requested: [.granted, .partiallyGranted, .refused, .inPlace, .withdrawn],
    .granted: [.inPlace, .withdrawn],
    .partiallyGranted: [.inPlace, .withdrawn],
    .inPlace: [.lifted],
    .refused: [], .lifted: [], .withdrawn: [],
  ]

  static let attempts = zip(
    Gen.int(in: 0...10), Gen.int(in: 0...63), Gen.int(in: 0...63)
  )
  .map { LifecycleAttempt(code: $0.0, first: $0.1, second: $0.2) }
  .array(of: 1...40)

  static let openingFactors = Gen<RiskFactor>.case.array(of: 0...2)

  /// The status the events of a case say, worked out from the events
  /// alone: the last ending unless reopened since, else new until
  /// assessed, monitored while a measure is in place, escalated once
  /// escalated, else assessed.
  static func statusFromEvents(_ events: [CaseEvent]) -> CaseStatus {
    var assessed = false
    var escalated = false
    var ended: CaseStatus?
    var measures: [MeasureID: MeasureStatus] = [:]
    for event in events {
      switch event.change {
      case .assessed: assessed = true
      case .escalated: escalated = true
      case .measureRequested(let measure): measures[measure.id] = .requested
      case .measureUpdated(let id, _, let to, _): measures[id] = to
      case .resolved: ended = .resolved
      case .closed: ended = .closed
      case .reopened: ended = nil
      case .reported, .assigned, .noted, .evidenceAdded, .purged: break
      }
    }
    if let ended { return ended }
    if !assessed { return .new }
    if measures.values.contains(.inPlace) { return .monitored }
    return escalated ? .escalated : .assessed
  }

  /// Tries `attempt` on `state`; returns the event, or the refusal.
  static func decide(
    _ attempt: LifecycleAttempt, on state: CaseState, nextMeasure: MeasureID,
    nextEvidence: EvidenceID
  ) -> Result<CaseEvent, DomainError> {
    let actor = "Délégué Bêta"
    let at = state.nextTime
    do throws(DomainError) {
      switch attempt {
      case .assess(let severity, let factors):
        return .success(
          try state.assess(
            severity: severity, factors: factors, by: actor, at: at))
      case .escalate(let level, let reason):
        return .success(
          try state.escalate(
            to: level, authority: nil, reason: reason, by: actor, at: at))
      case .assign(let name):
        return .success(try state.assign(to: name, by: actor, at: at))
      case .note(let text):
        return .success(try state.note(text, by: actor, at: at))
      case .addEvidence(let url):
        let item = EvidenceItem(
          id: nextEvidence, source: .url(url), description: nil,
          capturedBy: actor, capturedAt: at)
        return .success(try state.addEvidence(item, at: at))
      case .requestMeasure(let kind):
        return .success(
          try state.requestMeasure(
            id: nextMeasure, kind: kind, authority: "Préfecture fictive",
            due: nil, beneficiary: nil, by: actor, at: at))
      case .updateMeasure(let index, let status):
        let id =
          state.measures.isEmpty
          ? MeasureID(9_999) : state.measures[index % state.measures.count].id
        return .success(
          try state.updateMeasure(id, to: status, note: nil, by: actor, at: at))
      case .resolve(let outcome):
        return .success(try state.resolve(outcome: outcome, by: actor, at: at))
      case .close(let reason, let duplicate):
        return .success(
          try state.close(
            reason: reason,
            duplicateOf: duplicate
              ? CaseReference(year: 2026, sequence: 7) : nil,
            by: actor, at: at))
      case .reopen(let reason):
        return .success(try state.reopen(reason: reason, by: actor, at: at))
      }
    } catch {
      return .failure(error)
    }
  }

  /// Whether the inputs of `attempt` are acceptable on `state` apart from
  /// the lifecycle: blank texts, a severity below the factors' floor, the
  /// same assignee again, a duplicate without its case (or a case without
  /// a duplicate), a missing measure are refused.
  static func inputsAcceptable(_ attempt: LifecycleAttempt, on state: CaseState)
    -> Bool
  {
    func filled(_ text: String) -> Bool {
      !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
    switch attempt {
    case .assess(let severity, let factors):
      let kept = factors.isEmpty ? state.factors : factors
      return severity >= RiskFactor.minimumSeverity(for: Set(kept))
    case .escalate(_, let reason): return filled(reason)
    case .assign(let name):
      return filled(name)
        && name.trimmingCharacters(in: .whitespacesAndNewlines)
          != state.assignee
    case .note(let text): return filled(text)
    case .addEvidence(let url): return filled(url)
    case .requestMeasure: return true
    case .updateMeasure(let index, let status):
      guard !state.measures.isEmpty else { return false }
      let current = state.measures[index % state.measures.count].status
      return measureMoves[current]?.contains(status) == true
    case .resolve(let outcome): return filled(outcome)
    case .close(let reason, let duplicate):
      return (reason == .duplicate) == duplicate
    case .reopen(let reason): return filled(reason)
    }
  }

  /// Checks what must hold of every state a case reaches.
  static func checkInvariants(
    _ state: CaseState, after attempts: [String]
  ) throws {
    let trail = attempts.joined(separator: "; ")
    #expect(
      state.status == statusFromEvents(state.events),
      "status \(state.status) does not match the events after: \(trail)")
    #expect(
      state.events.map(\.sequence) == Array(1...state.events.count),
      "sequences have a gap after: \(trail)")
    let replayed = try CaseState(
      reference: state.reference, events: state.events)
    #expect(
      replayed == state, "replaying the events gives another case: \(trail)")
    let ended = state.status == .resolved || state.status == .closed
    #expect(
      (state.endedAt != nil) == ended,
      "ended date \(String(describing: state.endedAt)) with status \(state.status): \(trail)"
    )
    #expect(
      (state.closureReason != nil) == (state.status == .closed),
      "closure reason with status \(state.status): \(trail)")
    #expect(
      (state.assessedSeverity == nil) == (state.assessedAt == nil),
      "assessed severity without an assessment date: \(trail)")
    if state.status != .new && state.status.isOpen {
      #expect(
        state.assessedSeverity != nil, "open, not new, never assessed: \(trail)"
      )
    }
    let requested = state.events.filter {
      if case .measureRequested = $0.change { return true }
      return false
    }
    #expect(state.measures.count == requested.count, "measures lost: \(trail)")
    #expect(
      Set(state.measures.map(\.id)).count == state.measures.count,
      "two measures share an identifier: \(trail)")
  }

  @Test(
    "random sequences of decisions keep every case in a state its events and the lifecycle allow"
  )
  func randomSequencesKeepInvariants() async throws {
    await propertyCheck(count: 300, input: Self.openingFactors, Self.attempts) {
      factors, attempts in
      var state = try Fixture.newState(factors: factors)
      var trail: [String] = []
      var nextMeasure = 1
      var nextEvidence = 1
      for attempt in attempts {
        trail.append(attempt.description)
        let before = state
        let outcome = Self.decide(
          attempt, on: state, nextMeasure: MeasureID(nextMeasure),
          nextEvidence: EvidenceID(nextEvidence))
        let lifecycleAllows =
          attempt.action.map {
            Self.allowed[before.status]?.contains($0) == true
          }
          ?? true
        switch outcome {
        case .success(let event):
          #expect(
            lifecycleAllows,
            "\(attempt) accepted from \(before.status): \(trail)")
          #expect(
            Self.inputsAcceptable(attempt, on: before),
            "\(attempt) accepted with bad input from \(before.status)")
          #expect(event.sequence == before.events.count + 1)
          if case .measureUpdated(let id, let from, let to, _) = event.change {
            let current = before.measures.first { $0.id == id }?.status
            #expect(current == from, "measure update from a stale status")
            #expect(
              Self.measureMoves[from]?.contains(to) == true
                && from.allowedNext.contains(to),
              "measure moved \(from) → \(to): \(trail)")
          }
          try state.apply(event)
          if case .measureRequested = event.change { nextMeasure += 1 }
          if case .evidenceAdded = event.change { nextEvidence += 1 }
          #expect(state.events.count == before.events.count + 1)
          if !before.status.isOpen {
            #expect(
              attempt.action == .reopen || state.status == before.status,
              "\(attempt) changed an ended case to \(state.status)")
          }
        case .failure(let error):
          #expect(state == before, "a refused attempt changed the case")
          #expect(
            !error.message.isEmpty, "\(attempt) refused without a message")
          #expect(
            !error.message.contains("\n"),
            "\(attempt) refused with a message of several lines")
          if lifecycleAllows {
            #expect(
              !Self.inputsAcceptable(attempt, on: before),
              "\(attempt) refused from \(before.status) with good input: \(error.message) (\(trail))"
            )
          } else {
            #expect(
              error.code == .forbiddenTransition,
              "\(error.code): \(error.message)")
            #expect(
              error.message.contains(before.status.rawValue),
              "the refusal does not name the status: \(error.message)")
          }
        }
        try Self.checkInvariants(state, after: trail)
      }
    }
  }

  @Test(
    "a measure only ever moves along its allowed statuses, whatever is tried")
  func measuresMoveOnlyForward() async throws {
    let moves = Gen<MeasureStatus>.case.array(of: 1...12)
    await propertyCheck(count: 300, input: moves) { targets in
      var state = try Fixture.newState()
      try state.assessed()
      try state.measureRequested()
      var history: [MeasureStatus] = [.requested]
      for target in targets {
        let current = try #require(state.measures.first).status
        do {
          let event = try state.updateMeasure(
            Fixture.measureID, to: target, note: nil, by: Fixture.actor,
            at: state.nextTime)
          #expect(Self.measureMoves[current]?.contains(target) == true)
          try state.apply(event)
          history.append(target)
        } catch {
          #expect(
            Self.measureMoves[current]?.contains(target) != true,
            "\(current) → \(target) refused: \(error)")
          #expect(try #require(state.measures.first).status == current)
        }
        let now = try #require(state.measures.first).status
        #expect(
          (now == .inPlace) == (state.status == .monitored),
          "measure \(now) with case \(state.status) after \(history)")
      }
      for (from, to) in zip(history, history.dropFirst()) {
        #expect(from.allowedNext.contains(to), "\(from) → \(to) in \(history)")
      }
    }
  }
}
