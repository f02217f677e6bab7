import EgideCore
import Foundation

/// A case in full, as `show` answers: the contract other tools rely on
/// (stable camelCase keys, ISO 8601 UTC dates, sorted keys), printed by
/// `egide show --json`, served by `GET /v1/cases/{reference}`, and what
/// the CLI's text is written from.
public struct CaseDocument: Codable, Sendable {
  public struct Person: Codable, Sendable {
    public var id: String
    public var name: String
    public var role: String
    public var function: String?
    public var court: String
    public var relatedTo: String?
    public var otherCases: [String]
  }
  public struct MeasureEntry: Codable, Sendable {
    public var id: String
    public var kind: String
    public var status: String
    public var authority: String
    public var beneficiary: String
    public var requestedAt: String
    public var due: String?
    public var updatedAt: String
    public var overdue: Bool
    /// For a protection fonctionnelle: its legal basis
    /// (``ProtectionBasis``).
    public var protectionBasis: String?
    /// For a protection fonctionnelle: the basis and its texts, the
    /// written request, and where it stands (awaiting until silence
    /// becomes a refusal, refused by silence, or decided, with what the
    /// decision says).
    public var protection: String?
    /// For an open-data occultation refused at first instance: until when
    /// the refusal may be appealed (`appeal open until 2027-02-05, COJ
    /// R111-13`), or that it was appealed and awaits the ruling.
    public var appeal: String?
  }
  public struct NoticeEntry: Codable, Sendable {
    public struct URLEntry: Codable, Sendable {
      public var url: String
      public var status: String
      public var decidedAt: String?
      public var removedAt: String?
      public var timeToRemovalSeconds: Int?
    }
    public var id: String
    public var measure: String
    public var channel: String
    public var status: String
    public var sentAt: String?
    public var urls: [URLEntry]

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
  public struct EvidenceEntry: Codable, Sendable {
    public var id: String
    public var source: String
    public var url: String?
    public var fileName: String?
    public var sha256: String?
    public var size: Int?
    public var mediaType: String?
    public var description: String?
    public var capturedBy: String
    public var capturedAt: String
  }
  public struct Event: Codable, Sendable {
    public var sequence: Int
    public var change: String
    public var actor: String
    public var recordedAt: String
    public var description: String

    init(
      _ event: CaseEvent, display: Display,
      protections: [MeasureID: ProtectionRequest] = [:]
    ) {
      sequence = event.sequence
      change = event.change.name
      actor = event.actor
      recordedAt = ISODate.string(event.recordedAt)
      description = ChangeDescription.line(
        event.change, display: display, protections: protections)
    }
  }
  public struct SameAuthor: Codable, Sendable {
    public var author: String
    public var cases: [String]
  }
  public struct SameSite: Codable, Sendable {
    public var domain: String
    public var cases: [String]
  }
  public struct Burst: Codable, Sendable {
    public var target: String?
    public var cases: [String]
    public var authorCount: Int
    public var first: String
    public var last: String
  }
  public struct Deadline: Codable, Sendable {
    public var kind: String
    public var due: String
    public var metAt: String?
    public var overdue: Bool
  }

  public var reference: String
  public var status: String
  public var closureReason: String?
  public var duplicateOf: String?
  public var severity: String?
  public var assessed: Bool
  public var reportedSeverity: String?
  public var factors: [String]
  public var kinds: [String]
  public var channel: String
  public var platform: String?
  public var court: String
  public var courtName: String
  public var appealCourt: String?
  public var occurred: String?
  public var occurredPrecision: String?
  public var reportedAt: String
  public var reportedBy: String
  public var assignee: String?
  public var summary: String
  public var narrative: String?
  public var authors: [String]
  public var sameAuthorCases: [SameAuthor]
  public var sameSiteCases: [SameSite]
  public var bursts: [Burst]
  public var overdue: Bool
  public var deadlines: [Deadline]
  public var people: [Person]
  public var measures: [MeasureEntry]
  public var notices: [NoticeEntry]
  public var evidence: [EvidenceEntry]
  public var timeline: [Event]
  /// The instant deadlines and ages were computed at (the service's time).
  public var asOf: String
  /// Whether names and free text are the real ones, rather than
  /// `[sealed]`: only after a reveal written to the access log.
  public var identitiesRevealed: Bool

  init(
    _ state: CaseState, persons: [TargetedPerson],
    otherCases: [PersonID: [CaseReference]], links: CaseLinks = CaseLinks(),
    notices: [TakedownNotice] = [],
    protections: [MeasureID: ProtectionRequest] = [:],
    occultations: [OccultationRequest] = [], display: Display,
    now: Date, identitiesRevealed: Bool
  ) {
    let today = OccurrenceDate(start: now, precision: .day).formatted(
      in: display.timeZone)
    asOf = ISODate.string(now)
    self.identitiesRevealed = identitiesRevealed
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
        overdue: measure.isOverdue(at: now),
        protectionBasis: protections[measure.id]?.basis.rawValue,
        protection: protections[measure.id]?.summary(
          status: measure.status, today: today),
        appeal: Self.appeal(
          of: occultations.last { $0.measure == measure.id }, now: now,
          display: display))
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
    timeline = state.events.map {
      Event($0, display: display, protections: protections)
    }
  }

  /// Where the appeal of a refused occultation stands, nil when there is
  /// nothing to appeal or the window has closed unused.
  static func appeal(
    of request: OccultationRequest?, now: Date, display: Display
  ) -> String? {
    guard let request else { return nil }
    if request.status == .appealed, let appealed = request.appealedAt {
      return
        "appealed on \(display.day(appealed)) to \(request.decidingAuthority), awaiting the ruling"
    }
    guard request.status == .refused, request.appealedAt == nil,
      let window = request.appealWindow(), !window.isExpired(at: now)
    else { return nil }
    return
      "appeal open until \(window.lastDayText) (\(window.daysLeft(at: now)) days left, COJ R111-13)"
  }

}
