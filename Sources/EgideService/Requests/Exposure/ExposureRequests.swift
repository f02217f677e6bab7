import EgideCore
import EgideStore
import Foundation

/// Files the occultation requests of a scan asked to request them: for
/// each person found, on their latest open case, one request per deciding
/// authority, skipping decisions already requested.
enum ExposureRequests {
  /// An occultation request filed by a scan, with the case it was filed
  /// in.
  struct Filed {
    var reference: CaseReference
    var request: OccultationRequest
  }

  /// A hit no request was filed for, and why.
  struct NotFiled {
    var person: PersonID
    var decision: String
    var reason: String
  }

  /// Files the requests of `findings` in the transaction `tx`.
  ///
  /// A decision whose court is not certain, or that has neither a case
  /// number nor a Judilibre identifier, gets no request: the route and
  /// the authority depend on the court, and the authority needs the
  /// decision named. It is returned as not filed, with why.
  ///
  /// - Throws: ``DomainError`` for a person without an open case; nothing
  ///   is filed then.
  static func file(
    _ findings: [ExposureFinding], persons: [PersonID: TargetedPerson],
    openCases: [PersonID: CaseReference], in tx: RegistryTransaction,
    by actor: String, at date: Date
  ) throws -> (filed: [Filed], notFiled: [NotFiled]) {
    var filed: [Filed] = []
    var notFiled: [NotFiled] = []
    let byPerson = Dictionary(grouping: findings, by: \.hit.person)
    for personID in byPerson.keys.sorted() {
      guard let person = persons[personID],
        let personFindings = byPerson[personID]
      else { continue }
      var decisions: [DecisionReference] = []
      for finding in personFindings {
        guard let reference = finding.decision.reference else {
          let decision = finding.decision
          let reason =
            decision.court == nil
            ? "the court that rendered it is not certain ("
              + (decision.courtDoubt ?? "its heading names no court")
              + "); request its occultation on the person's measure, giving the decision's court"
            : "it has no case number and no Judilibre id; request its occultation on the person's measure, giving its number"
          notFiled.append(
            NotFiled(
              person: personID,
              decision: ExposureDocument.Decision(decision, hits: []).label,
              reason: reason))
          continue
        }
        decisions.append(reference)
      }
      let existing = try tx.occultationRequests(for: personID).flatMap(
        \.decisions)
      var fresh: [DecisionReference] = []
      for decision in decisions
      where !(existing + fresh).contains(where: {
        $0.sameDecision(as: decision)
      }) {
        fresh.append(decision)
      }
      guard !fresh.isEmpty else { continue }
      guard let reference = openCases[personID] else {
        throw DomainError(
          .forbiddenTransition,
          "\(personID) has no open case to request an occultation in; reopen one of their cases, or scan without {request}",
          field: "request")
      }
      var groups: [(String, [DecisionReference])] = []
      for decision in fresh {
        let route = OccultationRoute.route(
          forDecisionOf: decision.court,
          relation: OccultationRelation.of(person, to: decision.court))
        let authority = route.authority(forDecisionOf: decision.court)
        if let index = groups.firstIndex(where: { $0.0 == authority }) {
          groups[index].1.append(decision)
        } else {
          groups.append((authority, [decision]))
        }
      }
      for (_, group) in groups {
        let request = try tx.requestOccultation(
          in: reference, for: personID, decisions: group, by: actor, at: date)
        filed.append(Filed(reference: reference, request: request))
      }
    }
    return (filed, notFiled)
  }
}
