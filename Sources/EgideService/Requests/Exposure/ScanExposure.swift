import EgideCore
import EgideStore
import Foundation

/// Scans published court decisions for registered persons named or
/// identifiable in them, and on request files an occultation request for
/// each person found.
///
/// A scan looks registered persons up by name, so it always needs a
/// purpose: the access log records, before the answer is given, who
/// scanned, when, why, and the cases of the persons found. Names are in
/// the answer only when asked for. A user limited to a court or a ressort
/// scans the persons of that scope only. The decisions travel as their
/// text: a client reads its own files, and the service never opens a
/// path it is given.
public struct ScanExposure: ServiceRequest {
  public static let endpoint = Endpoint(.post, "/v1/exposure-scans")
  /// The decisions' 64 MiB, written as JSON texts (escapes included).
  public static var maximumBodySize: Int { 160 << 20 }

  /// The most text a scan takes, over all its decisions: 64 MiB.
  public static let maximumSize = 64 * 1_048_576

  /// One source of decisions: a file's name and its text, plain or a
  /// Judilibre JSON export.
  public struct Decision: Codable, Sendable, Hashable {
    /// Where it came from, as the answer names it (a file name).
    public var source: String
    /// Its text.
    public var content: String

    /// A source of decisions.
    public init(source: String, content: String) {
      self.source = source
      self.content = content
    }
  }

  /// The decisions to scan.
  public var decisions: [Decision]
  /// Why registered persons are looked up (required).
  public var purpose: String?
  /// Whether to file an occultation request for each person found.
  public var request: Bool?
  /// The lowest confidence a request is filed on: `high` (when not
  /// given), `medium` or `low`.
  public var minConfidence: String?
  /// Whether the answer names the persons found.
  public var reveal: Bool?

  /// A scan of `decisions`.
  public init(
    decisions: [Decision], purpose: String?, request: Bool? = nil,
    minConfidence: String? = nil, reveal: Bool? = nil
  ) {
    self.decisions = decisions
    self.purpose = purpose
    self.request = request
    self.minConfidence = minConfidence
    self.reveal = reveal
  }

  enum CodingKeys: String, CodingKey {
    case decisions, purpose, request, minConfidence, reveal
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    // Missing decisions are refused by name when the scan runs.
    decisions = try c.decodeIfPresent([Decision].self, forKey: .decisions) ?? []
    purpose = try c.decodeIfPresent(String.self, forKey: .purpose)
    request = try c.decodeIfPresent(Bool.self, forKey: .request)
    minConfidence = try c.decodeIfPresent(String.self, forKey: .minConfidence)
    reveal = try c.decodeIfPresent(Bool.self, forKey: .reveal)
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> ExposureDocument
  {
    let purpose = try Disclosure.required(purpose)
    let minimum = try Field.parse("minConfidence") {
      try ExposureConfidence.parse(
        minConfidence ?? "high", field: "min-confidence")
    }
    let published = try read()
    let requesting = request ?? false
    let revealing = reveal ?? false
    let access = try service.authorize(caller, .exposureScan)
    if requesting {
      try access.require(.measureRequest)
      try access.require(.occultationRequest)
    }
    // Opened to compare the names with the decisions; none is in the
    // answer unless revealing, and the lookup is logged before answering.
    let store = access.registry.revealing()
    // The persons of the scope, held once (bounded by the registry); each
    // decision is then read once for all of them.
    var scoped: [TargetedPerson] = []
    try store.forEachPerson { person in
      guard access.sees(court: person.court.code) else { return }
      scoped.append(person)
    }
    var hits = ExposureScanner.scan(published, for: scoped)
    var persons: [PersonID: TargetedPerson] = [:]
    let byID = Dictionary(
      scoped.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for hit in hits { persons[hit.person] = byID[hit.person] }
    hits.sort { ($0.decision, $0.person) < ($1.decision, $1.person) }
    hits = ExposureScanner.maskingEachOther(
      hits, names: persons.mapValues(\.identity.name))
    var cases: [PersonID: [CaseReference]] = [:]
    var openCases: [PersonID: CaseReference] = [:]
    for id in persons.keys {
      var statuses = try store.caseStatuses(targeting: id)
      if access.scope != nil {
        statuses = try statuses.filter { try access.sees(case: $0.reference) }
      }
      cases[id] = statuses.map(\.reference)
      openCases[id] = statuses.last { $0.status.isOpen }?.reference
    }
    let findings = hits.map { hit in
      ExposureFinding(
        hit: hit, decision: published[hit.decision],
        cases: cases[hit.person] ?? [],
        revealedName: revealing ? persons[hit.person]?.identity.name : nil)
    }
    // Every scan is a lookup by name: logged before answering, with the
    // cases of the persons found (a scan that finds no one, or only
    // persons whose cases are outside the scope, is logged without a
    // case). Sources are not kept: a file name may hold a name.
    let found = Set(findings.map(\.hit.person).flatMap { cases[$0] ?? [] })
    _ = try access.reveal(
      .exposure, purpose: purpose,
      cases: found.isEmpty ? [nil] : found.sorted(),
      details: [
        "persons": Set(findings.map(\.hit.person)).sorted().map(\.description)
          .joined(separator: ","),
        "files": "\(decisions.count)",
        "names": revealing ? "shown" : "masked",
      ])
    var filed:
      (filed: [ExposureRequests.Filed], notFiled: [ExposureRequests.NotFiled]) =
        ([], [])
    if requesting {
      let now = access.now
      filed = try store.transaction { tx in
        try ExposureRequests.file(
          findings.filter { $0.hit.confidence >= minimum }, persons: persons,
          openCases: openCases, in: tx, by: access.actor, at: now)
      }
    }
    return ExposureDocument(
      decisions: published, findings: findings, requests: filed.filed,
      notFiled: filed.notFiled)
  }

  /// The decisions of every source, read in the service.
  ///
  /// - Throws: ``ServiceError`` `.tooLarge` naming `decisions` beyond
  ///   ``maximumSize``; ``DomainError`` naming `decisions`, the source and
  ///   what is accepted for one that holds no decision.
  private func read() throws -> [PublishedDecision] {
    guard !decisions.isEmpty else {
      throw DomainError(
        .invalidValue,
        "no decision given; give one or more decisions as plain text or a Judilibre JSON export",
        field: "decisions")
    }
    let size = decisions.reduce(0) { $0 + $1.content.utf8.count }
    guard size <= Self.maximumSize else {
      throw ServiceError(
        .tooLarge,
        "the decisions are \(size) bytes in all; at most \(Self.maximumSize) (\(Self.maximumSize / 1_048_576) MiB) are accepted in one scan: scan them in several",
        field: "decisions")
    }
    return try Field.parse("decisions") {
      try DecisionReader.read(
        files: decisions.map { ($0.source, $0.content) })
    }
  }
}
