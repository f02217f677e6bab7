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
    /// The last day an appeal is accepted, `YYYY-MM-DD`, in the
    /// registry's time zone.
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
  /// The deciding authority, named in full.
  public var authority: String
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
    calendar: BusinessCalendar, now: Date, identitiesRevealed: Bool
  ) {
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
    appealWindow = request.appealWindow(calendar: calendar).map { window in
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
