import Foundation

/// Turning a validated new case into the people to register and the event
/// that opens the case.
extension NewCase {
  /// The people the new case registers and the identifiers of all its
  /// targets, in the order given.
  public struct Registration: Hashable, Sendable {
    /// Persons to create, with their identifiers already allocated.
    public var newPersons: [TargetedPerson]
    /// Every target of the case.
    public var targetIDs: [PersonID]
  }

  /// Allocates identifiers to new persons and links each family member to
  /// the first judicial staff member targeted in the same case.
  ///
  /// - Parameters:
  ///   - existing: the already registered persons the case names.
  ///   - firstNewID: the identifier the first new person receives; the
  ///     next ones follow.
  /// - Returns: the persons to create and every target's identifier.
  /// - Throws: ``DomainError`` if a named person does not exist, or a
  ///   family member has no staff member to be linked to.
  public func registration(
    existing: [PersonID: TargetedPerson], firstNewID: PersonID
  ) throws(DomainError) -> Registration {
    var next = firstNewID.number
    var staff: PersonID?
    var pendingFamily: [Int] = []
    var persons: [TargetedPerson] = []
    var ids: [PersonID] = []
    for target in targets {
      switch target {
      case .existing(let id):
        guard let person = existing[id] else {
          throw DomainError(
            .notFound,
            "person \(id) is not in the registry; check the identifier in one of their cases"
          )
        }
        if person.role != .family && staff == nil { staff = id }
        ids.append(id)
      case .new(let new):
        let id = PersonID(next)
        next += 1
        if new.role == .family {
          pendingFamily.append(persons.count)
        } else if staff == nil {
          staff = id
        }
        persons.append(
          TargetedPerson(
            id: id, identity: new.identity, role: new.role,
            function: new.function, court: court, relatedTo: nil))
        ids.append(id)
      }
    }
    if !pendingFamily.isEmpty {
      guard let staff else {
        throw DomainError(
          .invalidValue,
          "target role 'family' needs the staff member it relates to in the same report; add them to {targets} with a role judge, prosecutor, clerk, staff or trainee, or to {persons}"
        )
      }
      for index in pendingFamily { persons[index].relatedTo = staff }
    }
    return Registration(newPersons: persons, targetIDs: ids)
  }

  /// The event that opens the case, with its assessment deadline fixed
  /// from the reported severity in the working days and the clock of the
  /// case's court (see ``LocalCalendar``).
  public func openingEvent(
    targets: [PersonID], by actor: String, at date: Date,
    deadlines: DeadlinePolicy
  ) -> CaseEvent {
    let due = deadlines.assessmentDue(
      reportedAt: date, severity: reportedSeverity,
      calendar: BusinessCalendar(court: court))
    let report = IncidentReport(
      kinds: kinds, occurred: occurred, channel: channel, platform: platform,
      court: court, targets: targets, reportedSeverity: reportedSeverity,
      factors: factors, summary: summary, narrative: narrative,
      authors: authors, assessmentDue: due)
    return CaseEvent(
      sequence: 1, actor: actor, recordedAt: date, change: .reported(report))
  }
}
