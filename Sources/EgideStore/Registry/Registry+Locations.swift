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
    let (join, id): (String, any DatabaseValueConvertible)
    switch subject {
    case .case(let reference):
      (join, id) = (
        "WHERE c.reference = ?", reference.description
      )
    case .measure(let measure):
      (join, id) = (
        "JOIN measures m ON m.case_id = c.id WHERE m.id = ?", measure.number
      )
    case .notice(let notice):
      (join, id) = (
        """
        JOIN measures m ON m.case_id = c.id
        JOIN notices n ON n.measure_id = m.id WHERE n.id = ?
        """, notice.number
      )
    case .evidence(let evidence):
      (join, id) = (
        "JOIN evidence e ON e.case_id = c.id WHERE e.id = ?", evidence.number
      )
    case .occultation(let request):
      (join, id) = (
        """
        JOIN measures m ON m.case_id = c.id
        JOIN occultation_requests o ON o.measure_id = m.id WHERE o.id = ?
        """, request.number
      )
    }
    return try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql:
            "SELECT c.reference, c.court, c.appeal_court FROM cases c \(join)",
          arguments: [id])
      else { throw subject.absence }
      return CaseLocation(
        reference: try CaseReference.parse(row["reference"]),
        court: row["court"], appealCourt: row["appeal_court"])
    }
  }

}
