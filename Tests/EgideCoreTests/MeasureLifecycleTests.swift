import Foundation
import Testing

@testable import EgideCore

/// The measure lifecycle of DOMAIN.md.
///
/// Requested → granted, partially granted or refused → in place → lifted;
/// or withdrawn. An urgent measure may be put in place straight from
/// `requested`.
@Suite("Measure lifecycle")
struct MeasureLifecycleTests {
  /// The moves the domain allows, written out from DOMAIN.md.
  static let expectedNext: [MeasureStatus: Set<MeasureStatus>] = [
    .requested: [.granted, .partiallyGranted, .refused, .inPlace, .withdrawn],
    .granted: [.inPlace, .withdrawn],
    .partiallyGranted: [.inPlace, .withdrawn],
    .inPlace: [.lifted],
    .refused: [],
    .lifted: [],
    .withdrawn: [],
  ]

  /// How to bring a measure to each status from `requested`, using only
  /// moves the domain allows.
  static let path: [MeasureStatus: [MeasureStatus]] = [
    .requested: [],
    .granted: [.granted],
    .partiallyGranted: [.partiallyGranted],
    .refused: [.refused],
    .inPlace: [.granted, .inPlace],
    .lifted: [.inPlace, .lifted],
    .withdrawn: [.withdrawn],
  ]

  /// An escalated case whose only measure is in `status`.
  static func state(measureIn status: MeasureStatus) throws -> CaseState {
    var state = try Fixture.newState()
    try state.assessed()
    try state.escalated()
    try state.measureRequested()
    for step in path[status] ?? [] { try state.measureMoved(to: step) }
    #expect(state.measures.first?.status == status)
    return state
  }

  @Test("allowedNext is the domain's measure lifecycle")
  func allowedNextMatchesDomain() {
    for status in MeasureStatus.allCases {
      #expect(Set(status.allowedNext) == Self.expectedNext[status], "\(status)")
      #expect(status.isFinal == Self.expectedNext[status]!.isEmpty)
    }
  }

  @Test(
    "every measure move is allowed or refused as the lifecycle says",
    arguments: MeasureStatus.allCases, MeasureStatus.allCases)
  func move(from: MeasureStatus, to: MeasureStatus) throws {
    let state = try Self.state(measureIn: from)
    let at = state.nextTime
    if Self.expectedNext[from]!.contains(to) {
      let event = try state.updateMeasure(
        Fixture.measureID, to: to, note: "  courrier reçu  ",
        by: Fixture.actor, at: at)
      #expect(
        event.change
          == .measureUpdated(
            id: Fixture.measureID, from: from, to: to, note: "courrier reçu"))
      var after = state
      try after.apply(event)
      let measure = try #require(after.measures.first)
      #expect(measure.status == to)
      #expect(measure.updatedAt == at)
      // In place means monitored; anything else leaves the escalated case.
      #expect(after.status == (to == .inPlace ? .monitored : .escalated))
    } else {
      let error = expectDomainError(
        .forbiddenTransition,
        mentioning: [
          "\(Fixture.measureID)", "to \(to.rawValue)", "it is \(from.rawValue)",
        ]
      ) {
        try state.updateMeasure(
          Fixture.measureID, to: to, note: nil, by: Fixture.actor, at: at)
      }
      if let error {
        if from.isFinal {
          #expect(error.message.contains("final"))
        } else {
          for next in Self.expectedNext[from]! {
            #expect(error.message.contains(next.rawValue))
          }
        }
      }
    }
  }

  @Test("updating a measure the case does not have is not found")
  func unknownMeasure() throws {
    let state = try Self.state(measureIn: .requested)
    expectDomainError(.notFound, mentioning: ["M-000077"]) {
      try state.updateMeasure(
        MeasureID(77), to: .granted, note: nil, by: Fixture.actor,
        at: state.nextTime)
    }
  }

  @Test("a requested measure starts requested, for the first target")
  func requestedMeasure() throws {
    var state = try Fixture.newState()
    let at = state.nextTime
    try state.record {
      try $0.requestMeasure(
        id: MeasureID(3), kind: .contentTakedown, authority: " Plateforme X ",
        due: at.addingTimeInterval(86_400), beneficiary: nil,
        by: Fixture.actor, at: at)
    }
    let measure = try #require(state.measures.first)
    #expect(measure.id == MeasureID(3))
    #expect(measure.status == .requested)
    #expect(measure.kind == .contentTakedown)
    #expect(measure.authority == "Plateforme X")
    #expect(measure.beneficiary == PersonID(1))
    #expect(measure.requestedAt == at)
    #expect(measure.updatedAt == at)
    #expect(state.status == .new)
  }

  @Test("a measure for someone not targeted in the case is refused")
  func beneficiaryNotTargeted() throws {
    let state = try Fixture.newState()
    expectDomainError(.invalidValue, mentioning: ["P-000002", "P-000001"]) {
      try state.requestMeasure(
        id: MeasureID(1), kind: .policeProtection, authority: "Préfecture",
        due: nil, beneficiary: PersonID(2), by: Fixture.actor,
        at: state.nextTime)
    }
  }

  @Test("a measure due before it is requested is refused")
  func duePassed() throws {
    let state = try Fixture.newState()
    let at = state.nextTime
    expectDomainError(.unacceptableValue, mentioning: ["due date"]) {
      try state.requestMeasure(
        id: MeasureID(1), kind: .policeProtection, authority: "Préfecture",
        due: at.addingTimeInterval(-60), beneficiary: nil, by: Fixture.actor,
        at: at)
    }
  }

  @Test("a measure request needs an authority")
  func authorityRequired() throws {
    let state = try Fixture.newState()
    expectDomainError(.invalidValue, mentioning: ["authority"]) {
      try state.requestMeasure(
        id: MeasureID(1), kind: .policeProtection, authority: "   ",
        due: nil, beneficiary: nil, by: Fixture.actor, at: state.nextTime)
    }
  }

  @Test("a measure is late only while it awaits action past its due date")
  func overdue() {
    let requestedAt = Fixture.reportedAt
    let due = requestedAt.addingTimeInterval(86_400)
    var measure = Measure(
      id: MeasureID(1), kind: .securityAssessment, authority: "SAR fictif",
      beneficiary: PersonID(1), requestedAt: requestedAt, due: due)
    let before = due.addingTimeInterval(-1)
    let after = due.addingTimeInterval(1)
    #expect(!measure.isOverdue(at: before))
    for status in MeasureStatus.allCases {
      measure.status = status
      let awaiting = [.requested, .granted, .partiallyGranted].contains(status)
      #expect(status.isAwaitingAction == awaiting)
      #expect(measure.isOverdue(at: after) == awaiting, "\(status)")
    }
    measure.status = .requested
    measure.due = nil
    #expect(!measure.isOverdue(at: after.addingTimeInterval(1e7)))
  }

  @Test(
    "only a refused open-data occultation is granted on appeal; an update by hand never leaves refused"
  )
  func grantOnAppealIsNarrow() throws {
    let refused = try Self.state(measureIn: .refused)
    #expect(refused.measures.first?.kind != .openDataOccultation)
    #expect(throws: DomainError.self) {
      try refused.grantOnAppeal(
        Fixture.measureID, note: nil, by: Fixture.actor, at: refused.nextTime)
    }
    let requested = try Self.state(measureIn: .requested)
    #expect(throws: DomainError.self) {
      try requested.grantOnAppeal(
        Fixture.measureID, note: nil, by: Fixture.actor, at: requested.nextTime)
    }
  }
}

/// How measures drive the status of their case.
@Suite("Case status from measures")
struct CaseStatusDerivationTests {
  @Test("a measure in place makes an assessed case monitored")
  func inPlaceMonitorsAssessed() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.measureRequested()
    #expect(state.status == .assessed)
    try state.measureMoved(to: .inPlace)
    #expect(state.status == .monitored)
  }

  @Test("lifting the measure sends an assessed case back to assessed")
  func liftingBackToAssessed() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.measureRequested()
    try state.measureMoved(to: .inPlace)
    try state.measureMoved(to: .lifted)
    #expect(state.status == .assessed)
  }

  @Test("lifting the measure sends an escalated case back to escalated")
  func liftingBackToEscalated() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.escalated()
    try state.measureRequested()
    try state.measureMoved(to: .granted)
    #expect(state.status == .escalated)
    try state.measureMoved(to: .inPlace)
    #expect(state.status == .monitored)
    try state.measureMoved(to: .lifted)
    #expect(state.status == .escalated)
  }

  @Test("a case stays monitored while another measure is still in place")
  func secondMeasureKeepsMonitoring() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.measureRequested(MeasureID(1))
    try state.measureRequested(MeasureID(2), kind: .addressConfidentiality)
    try state.measureMoved(MeasureID(1), to: .inPlace)
    try state.measureMoved(MeasureID(2), to: .inPlace)
    try state.measureMoved(MeasureID(1), to: .lifted)
    #expect(state.status == .monitored)
    try state.measureMoved(MeasureID(2), to: .lifted)
    #expect(state.status == .assessed)
  }

  @Test("a measure in place on a case not yet assessed leaves it new")
  func inPlaceOnNewCase() throws {
    var state = try Fixture.newState()
    try state.measureRequested()
    try state.measureMoved(to: .inPlace)
    #expect(state.status == .new)
    try state.assessed()
    #expect(state.status == .monitored)
  }

  @Test("escalating a monitored case keeps it monitored")
  func escalateMonitored() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.measureRequested()
    try state.measureMoved(to: .inPlace)
    try state.escalated()
    #expect(state.status == .monitored)
    #expect(state.escalations.count == 1)
  }

  @Test("measure updates on a resolved case keep it resolved")
  func updatesOnResolved() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.measureRequested()
    try state.resolved()
    try state.measureMoved(to: .inPlace)
    #expect(state.status == .resolved)
    #expect(state.measures.first?.status == .inPlace)
    try state.measureMoved(to: .lifted)
    #expect(state.status == .resolved)
  }

  @Test("measure updates on a closed case keep it closed")
  func updatesOnClosed() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.measureRequested()
    try state.closed(.withdrawn)
    try state.measureMoved(to: .withdrawn)
    #expect(state.status == .closed)
    #expect(state.closureReason == .withdrawn)
  }

  @Test("reopening a case with a measure in place makes it monitored")
  func reopenMonitored() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.measureRequested()
    try state.measureMoved(to: .inPlace)
    try state.resolved()
    try state.reopened()
    #expect(state.status == .monitored)
  }

  @Test("reopening a case closed before assessment makes it new again")
  func reopenNew() throws {
    var state = try Fixture.newState()
    try state.closed(.unfounded)
    try state.reopened()
    #expect(state.status == .new)
  }

  @Test("reopening a closed case forgets why it was closed")
  func reopenClearsClosure() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.escalated()
    try state.record {
      try $0.close(
        reason: .duplicate, duplicateOf: CaseReference(year: 2026, sequence: 7),
        by: Fixture.actor, at: $0.nextTime)
    }
    #expect(state.closureReason == .duplicate)
    #expect(state.duplicateOf == CaseReference(year: 2026, sequence: 7))
    #expect(state.endedAt != nil)
    try state.reopened()
    #expect(state.status == .escalated)
    #expect(state.closureReason == nil)
    #expect(state.duplicateOf == nil)
    #expect(state.endedAt == nil)
  }
}
