import EgideCore
import Foundation
import GRDB

/// Where the case behind a command's subject is: what scopes are checked
/// against.
extension Registry {
  /// The case a subject belongs to, with its court and cour d'appel.
  ///
  /// - Throws: ``DomainError`` `.notFound`, worded as the commands word
  ///   it, for a subject the registry does not hold.
  public func location(of subject: CaseSubject) throws -> CaseLocation {
    let (join, id, missing): (String, any DatabaseValueConvertible, String)
    switch subject {
    case .case(let reference):
      (join, id, missing) = (
        "WHERE c.reference = ?", reference.description,
        "no case \(reference) in this registry; the list of cases gives their references"
      )
    case .measure(let measure):
      (join, id, missing) = (
        "JOIN measures m ON m.case_id = c.id WHERE m.id = ?", measure.number,
        "no measure \(measure) in the registry; a case shows its measures"
      )
    case .notice(let notice):
      (join, id, missing) = (
        """
        JOIN measures m ON m.case_id = c.id
        JOIN notices n ON n.measure_id = m.id WHERE n.id = ?
        """, notice.number,
        "no notice \(notice) in the registry; a measure shows its notices"
      )
    case .evidence(let evidence):
      (join, id, missing) = (
        "JOIN evidence e ON e.case_id = c.id WHERE e.id = ?", evidence.number,
        "no evidence \(evidence) in the registry; a case, once shown, lists its evidence"
      )
    case .occultation(let request):
      (join, id, missing) = (
        """
        JOIN measures m ON m.case_id = c.id
        JOIN occultation_requests o ON o.measure_id = m.id WHERE o.id = ?
        """, request.number,
        "no occultation request \(request) in the registry; a case shows its measures and their requests"
      )
    }
    return try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql:
            "SELECT c.reference, c.court, c.appeal_court FROM cases c \(join)",
          arguments: [id])
      else { throw DomainError(.notFound, missing) }
      return CaseLocation(
        reference: try CaseReference.parse(row["reference"]),
        court: row["court"], appealCourt: row["appeal_court"])
    }
  }

}
