import EgideCore
import Foundation

/// The JSON form of a case for `egide show --json`: the contract other
/// tools rely on (stable camelCase keys, ISO 8601 UTC dates, sorted keys).
struct CaseDocument: Encodable {
  struct Person: Encodable {
    var id: String
    var name: String
    var role: String
    var function: String?
    var court: String
    var relatedTo: String?
    var otherCases: [String]
  }
  struct MeasureEntry: Encodable {
    var id: String
    var kind: String
    var status: String
    var authority: String
    var beneficiary: String
    var requestedAt: String
    var due: String?
    var updatedAt: String
    var overdue: Bool
  }
  struct NoticeEntry: Encodable {
    struct URLEntry: Encodable {
      var url: String
      var status: String
      var decidedAt: String?
      var removedAt: String?
      var timeToRemovalSeconds: Int?
    }
    var id: String
    var measure: String
    var channel: String
    var status: String
    var sentAt: String?
    var urls: [URLEntry]

    init(_ notice: TakedownNotice) {
      id = notice.id.description
      measure = notice.draft.measure.description
      channel = notice.draft.channel.rawValue
      status = notice.status.rawValue
      sentAt = notice.sentAt.map(ISODate.string)
      urls = notice.targets.map { target in
        URLEntry(
          url: target.url, status: target.status.rawValue,
          decidedAt: target.decidedAt.map(ISODate.string),
          removedAt: target.removedAt.map(ISODate.string),
          timeToRemovalSeconds: notice.timeToRemoval(of: target).map { Int($0) }
        )
      }
    }
  }
  struct EvidenceEntry: Encodable {
    var id: String
    var source: String
    var url: String?
    var fileName: String?
    var sha256: String?
    var size: Int?
    var mediaType: String?
    var description: String?
    var capturedBy: String
    var capturedAt: String
  }
  struct Event: Encodable {
    var sequence: Int
    var change: String
    var actor: String
    var recordedAt: String
    var description: String
  }
  struct SameAuthor: Encodable {
    var author: String
    var cases: [String]
  }
  struct SameSite: Encodable {
    var domain: String
    var cases: [String]
  }
  struct Burst: Encodable {
    var target: String?
    var cases: [String]
    var authorCount: Int
    var first: String
    var last: String
  }
  struct Deadline: Encodable {
    var kind: String
    var due: String
    var metAt: String?
    var overdue: Bool
  }

  var reference: String
  var status: String
  var closureReason: String?
  var duplicateOf: String?
  var severity: String?
  var assessed: Bool
  var reportedSeverity: String?
  var factors: [String]
  var kinds: [String]
  var channel: String
  var platform: String?
  var court: String
  var courtName: String
  var appealCourt: String?
  var occurred: String?
  var occurredPrecision: String?
  var reportedAt: String
  var reportedBy: String
  var assignee: String?
  var summary: String
  var narrative: String?
  var authors: [String]
  var sameAuthorCases: [SameAuthor]
  var sameSiteCases: [SameSite]
  var bursts: [Burst]
  var overdue: Bool
  var deadlines: [Deadline]
  var people: [Person]
  var measures: [MeasureEntry]
  var notices: [NoticeEntry]
  var evidence: [EvidenceEntry]
  var timeline: [Event]

  init(
    _ state: CaseState, persons: [TargetedPerson],
    otherCases: [PersonID: [CaseReference]], links: CaseLinks = CaseLinks(),
    notices: [TakedownNotice] = [], display: Display, now: Date
  ) {
    let report = state.report
    reference = state.reference.description
    status = state.status.rawValue
    closureReason = state.closureReason?.rawValue
    duplicateOf = state.duplicateOf?.description
    severity = state.severity?.rawValue
    assessed = state.assessedSeverity != nil
    reportedSeverity = report.reportedSeverity?.rawValue
    factors = state.factors.map(\.rawValue)
    kinds = report.kinds.map(\.rawValue)
    channel = report.channel.rawValue
    platform = report.platform?.rawValue
    court = report.court.code
    courtName = report.court.name
    appealCourt = report.court.appealCourtCode
    occurred = report.occurred.map { ISODate.string($0.start) }
    occurredPrecision = report.occurred?.precision.rawValue
    reportedAt = ISODate.string(state.reportedAt)
    reportedBy = state.reportedBy
    assignee = state.assignee
    summary = report.summary
    narrative = report.narrative
    authors = report.authors
    sameAuthorCases = links.sameAuthor.map {
      SameAuthor(author: $0.label, cases: $0.cases.map(\.description))
    }
    sameSiteCases = links.sameSite.map {
      SameSite(domain: $0.label, cases: $0.cases.map(\.description))
    }
    bursts = links.bursts.map {
      Burst(
        target: $0.target?.description, cases: $0.cases.map(\.description),
        authorCount: $0.authorCount, first: ISODate.string($0.first),
        last: ISODate.string($0.last))
    }
    overdue = state.isOverdue(at: now)
    deadlines =
      [
        Deadline(
          kind: "assessment", due: ISODate.string(report.assessmentDue),
          metAt: state.assessedAt.map(ISODate.string),
          overdue: state.isAssessmentOverdue(at: now))
      ]
      + state.measures.compactMap { measure in
        measure.due.map {
          Deadline(
            kind: "measure \(measure.id)", due: ISODate.string($0),
            metAt: measure.status.isAwaitingAction
              ? nil : ISODate.string(measure.updatedAt),
            overdue: measure.isOverdue(at: now))
        }
      }
    people = persons.map { person in
      Person(
        id: person.id.description, name: person.identity.name,
        role: person.role.rawValue, function: person.function?.rawValue,
        court: person.court.code, relatedTo: person.relatedTo?.description,
        otherCases: (otherCases[person.id] ?? []).filter {
          $0 != state.reference
        }.map(\.description))
    }
    measures = state.measures.map { measure in
      MeasureEntry(
        id: measure.id.description, kind: measure.kind.rawValue,
        status: measure.status.rawValue, authority: measure.authority,
        beneficiary: measure.beneficiary.description,
        requestedAt: ISODate.string(measure.requestedAt),
        due: measure.due.map(ISODate.string),
        updatedAt: ISODate.string(measure.updatedAt),
        overdue: measure.isOverdue(at: now))
    }
    self.notices = notices.map(NoticeEntry.init)
    evidence = state.evidence.map { item in
      var entry = EvidenceEntry(
        id: item.id.description, source: "url", description: item.description,
        capturedBy: item.capturedBy, capturedAt: ISODate.string(item.capturedAt)
      )
      switch item.source {
      case .url(let url): entry.url = url
      case .file(let name, let sha256, let size, let type):
        entry.source = "file"
        entry.fileName = name
        entry.sha256 = sha256
        entry.size = size
        entry.mediaType = type
      }
      return entry
    }
    timeline = state.events.map { event in
      Event(
        sequence: event.sequence, change: event.change.name, actor: event.actor,
        recordedAt: ISODate.string(event.recordedAt),
        description: ChangeDescription.line(event.change, display: display))
    }
  }
}

/// JSON output: sorted keys, pretty-printed, slashes unescaped.
enum JSONOutput {
  static func render(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [
      .sortedKeys, .prettyPrinted, .withoutEscapingSlashes,
    ]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
