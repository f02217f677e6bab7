import EgideCore
import EgideStore
import Foundation

/// Files the occultation requests of `egide exposure scan --request`: for
/// each person found, on their latest open case, one request per deciding
/// authority, skipping decisions already requested.
enum ExposureRequests {
  static func file(
    _ findings: [ExposureFinding], persons: [PersonID: TargetedPerson],
    openCases: [PersonID: CaseReference], in tx: RegistryTransaction,
    by actor: String, at date: Date
  ) throws -> [FiledRequest] {
    var filed: [FiledRequest] = []
    let byPerson = Dictionary(grouping: findings, by: \.hit.person)
    for personID in byPerson.keys.sorted() {
      guard let person = persons[personID],
        let personFindings = byPerson[personID]
      else { continue }
      var decisions: [DecisionReference] = []
      for finding in personFindings {
        guard let reference = finding.decision.reference else {
          throw DomainError(
            .invalidValue,
            "decision '\(ExposureReport.decisionLabel(finding.decision))' names \(personID) but has no known court or no case number / Judilibre id; file the request with 'egide occultation request'"
          )
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
          "\(personID) has no open case to request an occultation in; reopen one with 'egide reopen REF' or scan without --request"
        )
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
        filed.append(FiledRequest(reference: reference, request: request))
      }
    }
    return filed
  }
}
