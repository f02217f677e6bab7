import Foundation
import Testing

@testable import EgideCore

/// The case lifecycle of DOMAIN.md: new → assessed → escalated → monitored
/// → resolved, or closed without action; resolved and closed cases can be
/// reopened; notes are always accepted.
@Suite("Case lifecycle")
struct CaseLifecycleTests {
  /// The actions the domain allows from each status, written out from the
  /// lifecycle rather than read from the implementation.
  static let expectedActions: [CaseStatus: Set<CaseAction>] = {
    let working: Set<CaseAction> = [
      .assess, .escalate, .assign, .note, .addEvidence, .requestMeasure,
      .resolve, .close,
    ]
    return [
      // Not assessed yet: no escalation or resolution, but urgent measures
      // and closing an unfounded report are possible.
      .new: [.assess, .assign, .note, .addEvidence, .requestMeasure, .close],
      .assessed: working,
      .escalated: working,
      .monitored: working,
      // Ended: only reopening and notes.
      .resolved: [.reopen, .note],
      .closed: [.reopen, .note],
    ]
  }()

  /// A case in the given status, built by replaying decisions.
  ///
  /// The resolved case went through escalation and the closed one through
  /// assessment, so that reopening them shows which working status comes
  /// back.
  static func state(in status: CaseStatus) throws -> CaseState {
    var state = try Fixture.newState()
    switch status {
    case .new: break
    case .assessed: try state.assessed()
    case .escalated:
      try state.assessed()
      try state.escalated()
    case .monitored:
      try state.assessed()
      try state.escalated()
      try state.measureRequested()
      try state.measureMoved(to: .inPlace)
    case .resolved:
      try state.assessed()
      try state.escalated()
      try state.resolved()
    case .closed:
      try state.assessed()
      try state.closed(.unfounded)
    }
    #expect(state.status == status, "fixture for \(status) is wrong")
    return state
  }

  /// Performs `action` with valid arguments.
  static func perform(_ action: CaseAction, on state: CaseState) throws
    -> CaseEvent
  {
    let at = state.nextTime
    let actor = "Greffière Bravo"
    switch action {
    case .assess:
      return try state.assess(
        severity: .critical, factors: [], by: actor, at: at)
    case .escalate:
      return try state.escalate(
        to: .lawEnforcement, authority: "Commissariat fictif",
        reason: "adresse publiée", by: actor, at: at)
    case .assign:
      return try state.assign(to: "Délégué Charlie", by: actor, at: at)
    case .note:
      return try state.note("appel de la victime", by: actor, at: at)
    case .addEvidence:
      let item = EvidenceItem(
        id: EvidenceID(5), source: .url("https://example.org/post/123"),
        description: "capture du message", capturedBy: actor, capturedAt: at)
      return try state.addEvidence(item, at: at)
    case .requestMeasure:
      return try state.requestMeasure(
        id: MeasureID(9), kind: .contentTakedown, authority: "Plateforme X",
        due: nil, beneficiary: nil, by: actor, at: at)
    case .resolve:
      return try state.resolve(outcome: "auteur condamné", by: actor, at: at)
    case .close:
      return try state.close(
        reason: .withdrawn, duplicateOf: nil, by: actor, at: at)
    case .reopen:
      return try state.reopen(reason: "récidive", by: actor, at: at)
    }
  }

  /// The status the domain gives a case after an allowed action.
  static func expectedStatus(after action: CaseAction, from: CaseStatus)
    -> CaseStatus
  {
    switch action {
    case .assess: from == .new ? .assessed : from
    // Escalation does not hide a measure in place.
    case .escalate: from == .monitored ? .monitored : .escalated
    case .assign, .note, .addEvidence, .requestMeasure: from
    case .resolve: .resolved
    case .close: .closed
    // Back to the working status of the history: the resolved fixture
    // was escalated, the closed one only assessed.
    case .reopen: from == .resolved ? .escalated : .assessed
    }
  }

  @Test("the lifecycle allows exactly the domain's actions from each status")
  func allowedActionsMatchTheDomain() {
    for status in CaseStatus.allCases {
      #expect(
        Set(status.allowedActions) == Self.expectedActions[status],
        "\(status)")
      for action in CaseAction.allCases {
        #expect(
          status.allows(action)
            == Self.expectedActions[status]!.contains(action))
      }
    }
  }

  @Test(
    "every action is allowed or refused as the lifecycle says",
    arguments: CaseStatus.allCases, CaseAction.allCases)
  func transition(status: CaseStatus, action: CaseAction) throws {
    let state = try Self.state(in: status)
    let allowed = Self.expectedActions[status]!
    if allowed.contains(action) {
      let event = try Self.perform(action, on: state)
      #expect(event.sequence == state.events.count + 1)
      #expect(event.recordedAt == state.nextTime)
      var after = state
      try after.apply(event)
      #expect(
        after.status == Self.expectedStatus(after: action, from: status))
      #expect(after.events.count == state.events.count + 1)
      #expect(after.events.last == event)
    } else {
      let names = status.allowedActions.map(\.rawValue)
      #expect(Set(names) == Set(allowed.map(\.rawValue)))
      expectDomainError(
        .forbiddenTransition,
        mentioning: [
          "cannot \(action.rawValue)", "case \(Fixture.reference)",
          "it is \(status.rawValue)", "allowed next: ",
        ] + names
      ) {
        try Self.perform(action, on: state)
      }
    }
  }

  @Test("a closed case's refusal gives its closure reason")
  func closedRefusalNamesReason() throws {
    var state = try Fixture.newState()
    try state.closed(.withdrawn)
    expectDomainError(
      .forbiddenTransition, mentioning: ["it is closed (withdrawn)"]
    ) {
      try state.resolve(outcome: "x", by: Fixture.actor, at: state.nextTime)
    }
  }

  @Test("escalating or resolving a new case says to assess it first")
  func newCaseHint() throws {
    let state = try Fixture.newState()
    for action in [CaseAction.escalate, .resolve] {
      expectDomainError(
        .forbiddenTransition, mentioning: ["assess it first"]
      ) {
        try Self.perform(action, on: state)
      }
    }
  }

  @Test("a closed case cannot be resolved")
  func closedCannotBeResolved() throws {
    let state = try Self.state(in: .closed)
    expectDomainError(.forbiddenTransition, mentioning: ["closed"]) {
      try state.resolve(outcome: "fin", by: Fixture.actor, at: state.nextTime)
    }
  }

  @Test("a resolved case cannot be resolved or closed again")
  func resolvedCannotEndAgain() throws {
    let state = try Self.state(in: .resolved)
    expectDomainError(.forbiddenTransition, mentioning: ["resolved"]) {
      try state.resolve(outcome: "fin", by: Fixture.actor, at: state.nextTime)
    }
    expectDomainError(.forbiddenTransition, mentioning: ["resolved"]) {
      try state.close(
        reason: .unfounded, duplicateOf: nil, by: Fixture.actor,
        at: state.nextTime)
    }
  }

  @Test("only resolved and closed cases count as not open")
  func openStatuses() {
    #expect(
      Set(CaseStatus.openStatuses) == [
        .new, .assessed, .escalated, .monitored,
      ])
    for status in CaseStatus.allCases {
      #expect(status.isOpen == CaseStatus.openStatuses.contains(status))
    }
  }
}
