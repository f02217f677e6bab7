import Foundation
import Testing

@testable import EgideCore

/// The checks each decision makes beyond the lifecycle, and the replay of a
/// history into a state.
@Suite("Case decisions and replay")
struct CaseDecisionTests {
  @Test("a duplicate must name the case it repeats")
  func duplicateNeedsOther() throws {
    let state = try Fixture.newState()
    expectDomainError(.invalidValue, mentioning: ["duplicate-of"]) {
      try state.close(
        reason: .duplicate, duplicateOf: nil, by: Fixture.actor,
        at: state.nextTime)
    }
  }

  @Test("a case cannot be a duplicate of itself")
  func duplicateOfItself() throws {
    let state = try Fixture.newState()
    expectDomainError(.invalidValue, mentioning: ["\(Fixture.reference)"]) {
      try state.close(
        reason: .duplicate, duplicateOf: Fixture.reference, by: Fixture.actor,
        at: state.nextTime)
    }
  }

  @Test(
    "only a duplicate may name another case",
    arguments: [ClosureReason.unfounded, .withdrawn])
  func duplicateOfOnlyForDuplicates(reason: ClosureReason) throws {
    let state = try Fixture.newState()
    expectDomainError(.invalidValue, mentioning: ["duplicate"]) {
      try state.close(
        reason: reason, duplicateOf: CaseReference(year: 2026, sequence: 1),
        by: Fixture.actor, at: state.nextTime)
    }
  }

  @Test("closing as a duplicate records the other case")
  func duplicateRecorded() throws {
    var state = try Fixture.newState()
    let other = CaseReference(year: 2025, sequence: 311)
    let at = state.nextTime
    try state.record {
      try $0.close(
        reason: .duplicate, duplicateOf: other, by: Fixture.actor, at: at)
    }
    #expect(state.status == .closed)
    #expect(state.closureReason == .duplicate)
    #expect(state.duplicateOf == other)
    #expect(state.endedAt == at)
  }

  @Test("assigning to the current assignee changes nothing and is refused")
  func assignSame() throws {
    var state = try Fixture.newState()
    try state.record {
      try $0.assign(to: "Délégué Charlie", by: Fixture.actor, at: $0.nextTime)
    }
    #expect(state.assignee == "Délégué Charlie")
    expectDomainError(.forbiddenTransition, mentioning: ["Délégué Charlie"]) {
      try state.assign(
        to: " Délégué Charlie ", by: Fixture.actor, at: state.nextTime)
    }
  }

  @Test("escalation needs a reason and records level and authority")
  func escalation() throws {
    var state = try Fixture.newState()
    try state.assessed()
    expectDomainError(.invalidValue, mentioning: ["reason"]) {
      try state.escalate(
        to: .ministry, authority: nil, reason: "  ", by: Fixture.actor,
        at: state.nextTime)
    }
    let at = state.nextTime
    try state.record {
      try $0.escalate(
        to: .ministry, authority: "  ", reason: "campagne", by: "Juge Alpha",
        at: at)
    }
    let escalation = try #require(state.escalations.first)
    #expect(escalation.level == .ministry)
    #expect(escalation.authority == nil)
    #expect(escalation.at == at)
    #expect(escalation.by == "Juge Alpha")
  }

  @Test("a reason longer than one line limit is refused")
  func reasonTooLong() throws {
    var state = try Fixture.newState()
    try state.assessed()
    let long = String(repeating: "a", count: TextRule.lineLimit + 1)
    expectDomainError(.unacceptableValue, mentioning: ["reason", "500"]) {
      try state.escalate(
        to: .ministry, authority: nil, reason: long, by: Fixture.actor,
        at: state.nextTime)
    }
  }

  @Test("notes are accepted on an ended case but not when empty")
  func notes() throws {
    var state = try Fixture.newState()
    try state.closed()
    try state.record {
      try $0.note("la victime rappelle", by: Fixture.actor, at: $0.nextTime)
    }
    #expect(state.status == .closed)
    #expect(state.events.last?.change == .noted("la victime rappelle"))
    expectDomainError(.invalidValue, mentioning: ["note"]) {
      try state.note("\n  ", by: Fixture.actor, at: state.nextTime)
    }
  }

  @Test("evidence is signed by whoever captured it")
  func evidence() throws {
    var state = try Fixture.newState()
    let item = EvidenceItem(
      id: EvidenceID(7),
      source: .file(
        name: "capture.png", sha256: String(repeating: "ab", count: 32),
        size: 2_048, mediaType: "image/png"),
      description: nil, capturedBy: "Greffier Delta",
      capturedAt: state.nextTime)
    try state.record { try $0.addEvidence(item, at: $0.nextTime) }
    #expect(state.evidence == [item])
    #expect(state.events.last?.actor == "Greffier Delta")
    expectDomainError(.invalidValue, mentioning: ["url"]) {
      let blank = EvidenceItem(
        id: EvidenceID(8), source: .url(" "), description: nil,
        capturedBy: Fixture.actor, capturedAt: state.nextTime)
      return try state.addEvidence(blank, at: state.nextTime)
    }
  }

  @Test("the first assessment date is kept across reassessments")
  func assessedAtKept() throws {
    var state = try Fixture.newState()
    try state.assessed(.moderate)
    let first = state.assessedAt
    #expect(first == state.updatedAt)
    try state.assessed(.critical)
    #expect(state.assessedAt == first)
    #expect(state.assessedSeverity == .critical)
    #expect(state.severity == .critical)
  }

  @Test("the severity is the reporter's until the case is assessed")
  func severityFallsBack() throws {
    var state = try Fixture.openCase(
      Fixture.newCase(reportedSeverity: .high))
    #expect(state.assessedSeverity == nil)
    #expect(state.severity == .high)
    try state.assessed(.low)
    #expect(state.severity == .low)
  }

  @Test("a history must start with a report")
  func historyWithoutReport() {
    let event = CaseEvent(
      sequence: 1, actor: Fixture.actor, recordedAt: Fixture.reportedAt,
      change: .noted("orphan"))
    expectDomainError(.notFound, mentioning: ["\(Fixture.reference)"]) {
      try CaseState(reference: Fixture.reference, events: [event])
    }
    expectDomainError(.notFound) {
      try CaseState(reference: Fixture.reference, events: [])
    }
  }

  @Test("an event out of sequence is refused")
  func outOfSequence() throws {
    var state = try Fixture.newState()
    let skipped = CaseEvent(
      sequence: 3, actor: Fixture.actor, recordedAt: state.nextTime,
      change: .noted("trop tôt"))
    expectDomainError(.forbiddenTransition, mentioning: ["3", "expected 2"]) {
      try state.apply(skipped)
    }
    #expect(state.events.count == 1)
  }

  @Test("replaying the recorded events rebuilds the same state")
  func replay() throws {
    var state = try Fixture.newState()
    try state.assessed()
    try state.escalated()
    try state.measureRequested()
    try state.measureMoved(to: .inPlace)
    try state.resolved()
    try state.reopened()
    let rebuilt = try CaseState(
      reference: state.reference, events: state.events)
    #expect(rebuilt == state)
    #expect(rebuilt.events.map(\.sequence) == Array(1...state.events.count))
    #expect(rebuilt.reportedBy == Fixture.actor)
    #expect(rebuilt.reportedAt == Fixture.reportedAt)
  }

  @Test("the assessment is overdue only while the case waits for it")
  func assessmentOverdue() throws {
    var state = try Fixture.newState()
    let due = state.report.assessmentDue
    #expect(!state.isAssessmentOverdue(at: due))
    #expect(state.isAssessmentOverdue(at: due.addingTimeInterval(1)))
    #expect(state.isOverdue(at: due.addingTimeInterval(1)))
    try state.assessed()
    #expect(!state.isAssessmentOverdue(at: due.addingTimeInterval(1)))
    #expect(!state.isOverdue(at: due.addingTimeInterval(1)))
  }

  @Test("a case is late when one of its measures is late")
  func overdueMeasures() throws {
    var state = try Fixture.newState()
    try state.assessed()
    let due = state.nextTime.addingTimeInterval(86_400)
    try state.record {
      try $0.requestMeasure(
        id: MeasureID(4), kind: .openDataOccultation,
        authority: "Président du tribunal", due: due, beneficiary: PersonID(1),
        by: Fixture.actor, at: $0.nextTime)
    }
    let late = due.addingTimeInterval(60)
    #expect(state.overdueMeasures(at: late).map(\.id) == [MeasureID(4)])
    #expect(state.isOverdue(at: late))
    try state.measureMoved(MeasureID(4), to: .refused)
    #expect(state.overdueMeasures(at: late).isEmpty)
    #expect(!state.isOverdue(at: late))
  }

  @Test("every change has a distinct stable name")
  func changeNames() {
    #expect(Set(CaseChange.names).count == CaseChange.names.count)
    #expect(CaseChange.noted("x").name == "note")
    #expect(CaseChange.reopened(reason: "x").name == "reopened")
    #expect(CaseChange.names.contains(CaseChange.assigned(to: "x").name))
  }
}
