import EgideCore
import EgideStore
import Foundation

/// One import's single pass over its file, inside the write transaction:
/// each record is checked as it is read and, while nothing has refused
/// the file, written at once.
///
/// Nothing of the file is kept but what the checks need (the external
/// references seen, the persons the file registers, the problems), so
/// that memory does not grow with the file. A file with bad rows, without
/// `skipInvalid`, is read to its end for every problem and then refused
/// (``refusal``): the transaction is undone and nothing is written. The
/// same holds for a good row at a court outside the caller's scope, and a
/// registered person named outside it.
struct ImportPass {
  /// The caller, checked for `.import`.
  let access: Authorized
  /// The rules of `egide report`, with the registered persons met so far.
  var validator: ImportValidator
  /// Whether the good rows are written when some are bad.
  let skipInvalid: Bool
  /// The assessment deadlines of the cases written.
  let deadlines: DeadlinePolicy
  /// The registry's calendar, which dates the references.
  let calendar: BusinessCalendar

  /// The records read.
  private(set) var rows = 0
  /// The cases written.
  private(set) var imported = 0
  /// The rows skipped because their external reference is already in the
  /// registry.
  private(set) var alreadyImported = 0
  /// The rows refused.
  private(set) var invalid = 0
  /// The rows that passed every check.
  private(set) var good = 0
  /// The staff members linked to a person registered before the import.
  private(set) var linkedPersons: Set<PersonID> = []
  /// One entry per problem of a refused row.
  private(set) var problems: [ImportProblem] = []

  private var firstSeen: [String: String] = [:]
  private var known: [String: PersonID] = [:]
  private var lookedUp: Set<PersonID> = []
  private var courts: Set<String> = []
  /// The refusal of a registered person named outside the caller's
  /// scope, and of a good row's court outside it: the file is then read
  /// for its problems, and refused.
  private var personRefusal: (any Error)?
  private var scopeRefusal: (any Error)?
  private var registeredBefore = PersonID(0)
  private var reporter: CaseReporter?
  private var pending: [ImportedRow] = []

  init(
    access: Authorized, validator: ImportValidator, skipInvalid: Bool,
    deadlines: DeadlinePolicy, calendar: BusinessCalendar
  ) {
    self.access = access
    self.validator = validator
    self.skipInvalid = skipInvalid
    self.deadlines = deadlines
    self.calendar = calendar
  }

  /// Opens the pass in the transaction that writes the cases.
  mutating func begin(_ tx: RegistryTransaction) throws {
    registeredBefore = try tx.lastPersonID() ?? PersonID(0)
    reporter = try tx.reporter()
    try tx.prepareForBulkWrites()
  }

  /// Whether rows are still written: no bad row (unless they are
  /// skipped) and no court refused so far.
  private var writes: Bool {
    personRefusal == nil && scopeRefusal == nil
      && (invalid == 0 || skipInvalid)
  }

  /// Checks one record and, while the file is accepted so far, writes it.
  mutating func take(_ record: ImportRecord, in tx: RegistryTransaction)
    throws
  {
    rows += 1
    let reference = (record.cells["external_reference"] ?? "")
      .trimmingWhitespaceAndNewlines()
    if !reference.isEmpty,
      try tx.caseReference(externalReference: reference) != nil
    {
      alreadyImported += 1
      return
    }
    // Registered persons named by identifier: looked up once, and
    // refused outside the caller's scope (identifiers are sequential).
    let named = ImportValidator.personIDs(in: record).filter {
      lookedUp.insert($0).inserted
    }
    if !named.isEmpty {
      let registered = try tx.persons(named)
      do {
        try access.requireInScope(registered)
        for person in registered { validator.persons[person.id] = person }
      } catch {
        if personRefusal == nil { personRefusal = error }
      }
    }
    var found: [ImportProblem] = []
    var accepted: ImportedRow?
    switch validator.validate(record) {
    case .success(let row): accepted = row
    case .failure(let rows): found = rows.problems
    }
    if !reference.isEmpty {
      if let earlier = firstSeen[reference] {
        found.append(
          ImportProblem(
            location: record.location, field: "external_reference",
            reason:
              "'\(reference)' is already the external_reference of \(earlier); each row needs its own"
          ))
        accepted = nil
      } else {
        firstSeen[reference] = record.location
      }
    }
    guard let row = accepted, found.isEmpty else {
      invalid += 1
      problems += found
      return
    }
    good += 1
    let court = row.newCase.court
    if courts.insert(court.code).inserted {
      do {
        try access.require(
          .import, at: CaseLocation(reference: nil, court: court))
      } catch {
        if scopeRefusal == nil { scopeRefusal = error }
      }
    }
    guard writes else {
      pending = []
      return
    }
    pending.append(row)
    if pending.count >= Self.batch {
      try flush(tx)
    }
  }

  /// How many checked rows wait before they are written together: the
  /// writes of a batch then run without the reading in between, which
  /// keeps SQLite's and the processor's caches warm (10,000 cases: 4.3 s
  /// written row by row, 3.5 s in batches of 2,048), in bounded memory.
  static let batch = 2048

  /// Writes the rows checked and not yet written.
  mutating func flush(_ tx: RegistryTransaction) throws {
    let rows = pending
    pending = []
    guard writes else { return }
    for row in rows {
      try write(row, in: tx)
    }
  }

  /// Writes one checked row, with the persons the file named before.
  private mutating func write(_ row: ImportedRow, in tx: RegistryTransaction)
    throws
  {
    guard let reporter else {
      preconditionFailure("an import pass writes after begin(_:)")
    }
    // A person met in an earlier row is the same record.
    var newCase = row.newCase
    var keys: [String?] = []
    newCase.targets = []
    for (target, key) in zip(row.newCase.targets, row.personKeys) {
      let resolved = key.flatMap { known[$0] }.map(NewCase.Target.existing)
      let target = resolved ?? target
      if newCase.targets.contains(target) { continue }
      newCase.targets.append(target)
      keys.append(resolved == nil ? key : nil)
    }
    // A staff member registered before this import (same folded name,
    // role and court, through the blind index) is linked, as a report
    // is; the file's own persons are told apart by their keys.
    let (linkedCase, linked) = try tx.linkingRepeatVictims(
      newCase, registeredUpTo: registeredBefore)
    newCase = linkedCase
    linkedPersons.formUnion(linked)
    let ids: [PersonID]
    do {
      ids = try reporter.report(
        newCase, by: access.actor, at: row.reportedAt,
        deadlines: deadlines, calendar: calendar,
        externalReference: row.externalReference
      ).targets
    } catch let error as DomainError {
      throw DomainError(
        error.code, "\(row.location): \(error.message); nothing was imported")
    }
    for (key, id) in zip(keys, ids) {
      if let key, known[key] == nil { known[key] = id }
    }
    imported += 1
  }

  /// Why the file is refused once every row is read, if it is.
  ///
  /// First a registered person named outside the caller's scope, then
  /// bad rows (without `skipInvalid`), then a good row's court outside the
  /// scope. The transaction must then be undone.
  var refusal: (any Error)? {
    if let personRefusal { return personRefusal }
    if invalid > 0 && !skipInvalid {
      return ImportRefusal(
        problems: problems.map(\.description),
        message:
          "\(invalid) of \(rows) row(s) are invalid; nothing was imported. Fix them and import the file again, or add {skipInvalid} to import the \(good) good row(s)"
      )
    }
    return scopeRefusal
  }

  /// Checks that the cases were written as counted (see
  /// ``CaseReporter/finish()``).
  func finish() throws {
    try reporter?.finish()
  }
}
