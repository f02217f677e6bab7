import EgideCore
import Foundation

/// An occultation request as `occultation show` answers it: the deciding
/// authority and legal basis, the decisions concerned, where it stands
/// and its appeal window.
///
/// The decisions' numbers and Judilibre identifiers read `[sealed]`
/// unless revealed (or given in the request this document answers).
public struct OccultationDocument: Codable, Sendable {
  /// A decision concerned.
  public struct Decision: Codable, Sendable {
    /// The court that rendered it, by code.
    public var court: String
    /// The court's name.
    public var courtName: String
    /// Its day, `YYYY-MM-DD`, when known.
    public var day: String?
    /// Its case number (sealed).
    public var number: String?
    /// Its Judilibre identifier (sealed).
    public var judilibreId: String?
    /// How it is cited, `tj93008 n° 24/01234 of 2026-03-12`, without the
    /// identifiers not revealed.
    public var label: String
  }

  /// An authority's ruling.
  public struct Ruling: Codable, Sendable {
    /// `granted` or `refused`.
    public var outcome: String
    /// When it was notified.
    public var notifiedAt: String
    /// When it was recorded.
    public var recordedAt: String
  }

  /// The two months in which a refusal under COJ R111-13 may be appealed.
  public struct AppealWindow: Codable, Sendable {
    /// The last day an appeal is accepted, `YYYY-MM-DD`, in the calendar
    /// and clock of the Cour de cassation (Paris).
    public var lastDay: String
    /// The whole days left until then: 0 on the last day and once
    /// expired.
    public var daysLeft: Int
    /// Whether the window has closed.
    public var expired: Bool
  }

  /// The request's identifier.
  public var request: String
  /// The open_data_occultation measure it carries out.
  public var measure: String
  /// The case of the measure.
  public var caseReference: String
  /// The person whose identity is to be hidden.
  public var beneficiary: String
  /// `requested`, `granted`, `refused` or `appealed`.
  public var status: String
  /// The authority the request was addressed to, named in full.
  public var authority: String
  /// The authority ruling at this stage: the appeal's once the refusal is
  /// appealed (COJ R111-13: the first president of the Cour de
  /// cassation), else ``authority``.
  public var decidingAuthority: String
  /// Who rules on an appeal, for a route that allows one.
  public var appealAuthority: String?
  /// Warnings about the appeal window (a délai de distance that may
  /// apply), for a route that allows an appeal.
  public var warnings: [String]
  /// The legal route (`court_president`, `cassation_magistrate`…).
  public var route: String
  /// Its legal basis (`COJ L111-13 and R111-12`).
  public var legalBasis: String
  /// Whether the route allows an appeal of a refusal.
  public var allowsAppeal: Bool
  /// The person's relation to the court: `member` or `other`.
  public var relation: String
  /// When it was requested.
  public var requestedAt: String
  /// Who filed it.
  public var requestedBy: String
  /// The first ruling, once made.
  public var ruling: Ruling?
  /// When the refusal was appealed.
  public var appealedAt: String?
  /// The ruling on the appeal, once made.
  public var appealRuling: Ruling?
  /// The decisions concerned.
  public var decisions: [Decision]
  /// The appeal window of a refusal that may be appealed.
  public var appealWindow: AppealWindow?
  /// The instant the appeal window was measured at.
  public var asOf: String
  /// Whether the decisions' identifiers are the real ones rather than
  /// `[sealed]`.
  public var identitiesRevealed: Bool

  init(
    _ request: OccultationRequest, in reference: CaseReference,
    beneficiaryCourt: Court?, now: Date, identitiesRevealed: Bool
  ) {
    decidingAuthority = request.decidingAuthority
    appealAuthority = request.route.appealAuthority
    warnings =
      request.route.allowsAppeal
      ? beneficiaryCourt.flatMap(DistanceDelay.warning).map { [$0] } ?? []
      : []
    self.request = request.id.description
    measure = request.measure.description
    caseReference = reference.description
    beneficiary = request.beneficiary.description
    status = request.status.rawValue
    authority = request.authority
    route = request.route.rawValue
    legalBasis = request.route.legalBasis
    allowsAppeal = request.route.allowsAppeal
    relation = request.relation.rawValue
    requestedAt = ISODate.string(request.requestedAt)
    requestedBy = request.requestedBy
    ruling = request.ruling.map(Self.ruling)
    appealedAt = request.appealedAt.map(ISODate.string)
    appealRuling = request.appealRuling.map(Self.ruling)
    decisions = request.decisions.map { decision in
      var shown = decision
      shown.number = decision.number.flatMap(HiddenIdentities.shown)
      shown.judilibreID = decision.judilibreID.flatMap(HiddenIdentities.shown)
      return Decision(
        court: decision.court.code, courtName: decision.court.name,
        day: decision.day, number: decision.number,
        judilibreId: decision.judilibreID, label: shown.label)
    }
    appealWindow = request.appealWindow().map { window in
      AppealWindow(
        lastDay: window.lastDayText, daysLeft: window.daysLeft(at: now),
        expired: window.isExpired(at: now))
    }
    asOf = ISODate.string(now)
    self.identitiesRevealed = identitiesRevealed
  }

  private static func ruling(_ ruling: OccultationRuling) -> Ruling {
    Ruling(
      outcome: ruling.outcome.rawValue,
      notifiedAt: ISODate.string(ruling.notifiedAt),
      recordedAt: ISODate.string(ruling.recordedAt))
  }
}
