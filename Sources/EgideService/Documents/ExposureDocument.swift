import EgideCore
import Foundation

/// What an exposure scan found, as `egide exposure scan --json` prints it
/// and the API serves it: each decision read with its hits, and the
/// occultation requests filed.
///
/// A hit names a registered person by identifier, with the passage
/// masked; the name itself only when the scan was asked to reveal it.
public struct ExposureDocument: Codable, Sendable {
  /// One decision read, with the registered persons it names.
  public struct Decision: Codable, Sendable {
    /// The file or upload it came from.
    public var source: String
    /// Its position in that source, from 1.
    public var position: Int
    /// Its court, by code, when known.
    public var court: String?
    /// Its court's name, when known.
    public var courtName: String?
    /// Why its court is not certain, when it is not.
    public var courtDoubt: String?
    /// Its case number, when known.
    public var number: String?
    /// Its Judilibre identifier, for a Judilibre export.
    public var judilibreId: String?
    /// The day it was rendered, `2027-04-08`, when known.
    public var date: String?
    /// The registered persons it names, by person.
    public var hits: [Hit]

    init(_ decision: PublishedDecision, hits: [Hit]) {
      source = decision.source
      position = decision.position
      court = decision.court?.code
      courtName = decision.court?.name
      courtDoubt = decision.court == nil ? decision.courtDoubt : nil
      number = decision.number
      judilibreId = decision.judilibreID
      date = decision.day
      self.hits = hits
    }

    /// `file — Court (code), n° number, Judilibre id, date`.
    public var label: String {
      var text = source
      if position > 1 || judilibreId != nil { text += " #\(position)" }
      text +=
        " — "
        + (court.map { "\(courtName ?? $0) (\($0))" }
          ?? (courtDoubt == nil ? "court unknown" : "court not certain"))
      if let number { text += ", n° \(number)" }
      if let judilibreId { text += ", Judilibre \(judilibreId)" }
      if let date { text += ", \(date)" }
      return text
    }
  }

  /// One registered person named in a decision.
  public struct Hit: Codable, Sendable {
    /// The person, `P-000001`.
    public var person: String
    /// Their cases within the caller's scope.
    public var cases: [String]
    /// The passage, every registered person's name in it masked.
    public var passage: String
    /// `high`, `medium` or `low`.
    public var confidence: String
    /// Why the passage was taken for the person.
    public var reasons: [String]
    /// How many times the decision names them.
    public var mentions: Int
    /// Their name, only when the scan revealed names.
    public var name: String?
  }

  /// An occultation request the scan filed.
  public struct Request: Codable, Sendable {
    /// The case it was filed in.
    public var `case`: String
    /// The open_data_occultation measure.
    public var measure: String
    /// The request, `OC-000001`.
    public var occultation: String
    /// The person it protects.
    public var person: String
    /// The authority that decides it.
    public var authority: String
    /// The law it rests on.
    public var legalBasis: String
    /// The route: who is asked.
    public var route: String
    /// The decisions concerned.
    public var decisions: [String]
  }

  /// A hit a scan asked to file requests on but filed none for.
  public struct NotFiled: Codable, Sendable {
    /// The person found.
    public var person: String
    /// The decision, as its label names it.
    public var decision: String
    /// Why no request was filed, and what to do.
    public var reason: String
  }

  /// The decisions read, in order.
  public var decisions: [Decision]
  /// The requests filed, when the scan was asked to file them.
  public var requests: [Request]
  /// The hits no request was filed for although asked, with why.
  public var notFiled: [NotFiled]

  init(
    decisions: [PublishedDecision], findings: [ExposureFinding],
    requests: [ExposureRequests.Filed],
    notFiled: [ExposureRequests.NotFiled] = []
  ) {
    self.notFiled = notFiled.map {
      NotFiled(
        person: $0.person.description, decision: $0.decision,
        reason: $0.reason)
    }
    let byDecision = Dictionary(grouping: findings, by: \.hit.decision)
    self.decisions = decisions.enumerated().map { index, decision in
      Decision(
        decision,
        hits: (byDecision[index] ?? []).map { finding in
          Hit(
            person: finding.hit.person.description,
            cases: finding.cases.map(\.description),
            passage: finding.hit.maskedPassage,
            confidence: finding.hit.confidence.rawValue,
            reasons: finding.hit.reasons, mentions: finding.hit.mentions,
            name: finding.revealedName)
        })
    }
    self.requests = requests.map { filed in
      Request(
        case: filed.reference.description,
        measure: filed.request.measure.description,
        occultation: filed.request.id.description,
        person: filed.request.beneficiary.description,
        authority: filed.request.authority,
        legalBasis: filed.request.route.legalBasis,
        route: filed.request.route.rawValue,
        decisions: filed.request.decisions.map(\.label))
    }
  }

  /// Adds what a scan of the next files found: their decisions after
  /// these, and their requests and hits not requested after these.
  ///
  /// A client that sends its files in several scans gives one document,
  /// as if they had been scanned at once.
  public mutating func append(_ next: ExposureDocument) {
    decisions += next.decisions
    requests += next.requests
    notFiled += next.notFiled
  }
}
