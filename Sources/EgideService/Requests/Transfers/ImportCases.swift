import EgideCore
import EgideStore
import Foundation

/// Cases collected in a spreadsheet (CSV) or a JSON file, into the
/// registry: all checked first, then written in one transaction.
///
/// A row whose external reference is already in the registry is skipped
/// and counted, so importing the same file again creates no duplicate.
/// Each case is signed by the caller and dated by its `reported_at`. Over
/// HTTP the body is the file itself, streamed, and the fields travel in
/// the query string (none is free text).
public struct ImportCases: Codable, Sendable {
  /// Where the HTTP API takes it.
  public static let endpoint = Endpoint(.post, "/v1/imports")
  /// The largest file accepted: 128 MiB (some 250,000 cases with their
  /// narratives).
  public static let maximumSize = 128 << 20

  /// `csv` or `json`; nil to tell from the file's name, else its content.
  public var format: String?
  /// Whether the good rows are imported when some are bad.
  public var skipInvalid: Bool?
  /// The file's name, for its extension and for messages; never kept.
  public var fileName: String?

  /// An import.
  public init(
    format: String? = nil, skipInvalid: Bool? = nil, fileName: String? = nil
  ) {
    self.format = format
    self.skipInvalid = skipInvalid
    self.fileName = fileName
  }

  /// What an import did.
  public struct Report: Codable, Sendable, Equatable {
    /// The cases written.
    public var imported: Int
    /// The rows skipped because their external reference was already in
    /// the registry.
    public var alreadyImported: Int
    /// The rows refused (and not imported).
    public var invalid: Int
    /// The staff members linked to a person already registered with the
    /// same name, role and court.
    public var linkedPersons: Int
    /// One line per problem of a refused row: `line 5, kinds: …`.
    public var problems: [String]
  }

  /// What the import reports on the way, for a progress bar.
  public enum Phase: Sendable {
    /// Checking the rows.
    case checking
    /// Writing the cases.
    case importing
  }

  /// Checks the file's rows, then writes the good ones in one transaction.
  ///
  /// - Parameters:
  ///   - service: the service.
  ///   - caller: who imports.
  ///   - content: the file's bytes.
  ///   - progress: told how far each phase is (done, total).
  /// - Returns: what was imported.
  /// - Throws: ``ImportRefusal`` when rows are bad and `skipInvalid` is
  ///   not set (nothing is written); ``DomainError`` for a file that
  ///   cannot be read as cases, ``ServiceError`` `.tooLarge` beyond
  ///   ``maximumSize``; the refusals of the caller's rights.
  public func run(
    on service: EgideService, as caller: Caller, content: Data,
    progress: (Phase, Int, Int) -> Void = { _, _, _ in }
  ) throws -> Report {
    guard content.count <= Self.maximumSize else {
      throw ServiceError(
        .tooLarge,
        "the file is \(content.count) bytes; at most \(Self.maximumSize) (128 MiB) are imported at once: split it",
        field: "content")
    }
    let importFormat: ImportFormat? = try Field.parse("format") {
      try self.format.map { value throws(DomainError) in
        try ImportFormat.parse(value)
      }
    }
    let records = try ImportSource.read(
      content, path: fileName ?? "import", format: importFormat)
    let access = try service.authorize(caller, .import)
    let now = access.now
    let configuration = service.configuration
    let store = access.registry
    let named = Set(records.flatMap(ImportValidator.personIDs))
    let registered = try store.persons(Array(named))
    try access.requireInScope(registered)
    let persons = Dictionary(
      registered.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func externalReference(_ record: ImportRecord) -> String {
      (record.cells["external_reference"] ?? "").trimmingWhitespaceAndNewlines()
    }
    let existing = try store.existingExternalReferences(
      records.map(externalReference).filter { !$0.isEmpty })
    let validator = ImportValidator(
      dates: configuration.dates, now: now, persons: persons)

    var rows: [ImportedRow] = []
    var problems: [ImportProblem] = []
    var invalid = 0
    var alreadyImported = 0
    var firstSeen: [String: String] = [:]
    for (index, record) in records.enumerated() {
      defer { progress(.checking, index + 1, records.count) }
      let reference = externalReference(record)
      if existing.contains(reference) {
        alreadyImported += 1
        continue
      }
      var found: [ImportProblem] = []
      switch validator.validate(record) {
      case .success(let row): rows.append(row)
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
          if rows.last?.line == record.line { rows.removeLast() }
        } else {
          firstSeen[reference] = record.location
        }
      }
      if !found.isEmpty {
        invalid += 1
        problems += found
      }
    }
    if invalid > 0 && skipInvalid != true {
      throw ImportRefusal(
        problems: problems.map(\.description),
        message:
          "\(invalid) of \(records.count) row(s) are invalid; nothing was imported. Fix them and import the file again, or add {skipInvalid} to import the \(rows.count) good row(s)"
      )
    }
    for court in Set(rows.map(\.newCase.court)).sorted(by: { $0.code < $1.code }
    ) {
      try access.require(
        .import, at: CaseLocation(reference: nil, court: court))
    }
    var imported = 0
    var linkedPersons: Set<PersonID> = []
    try store.transaction { tx in
      var known: [String: PersonID] = [:]
      let registeredBefore = try tx.lastPersonID() ?? PersonID(0)
      for (index, row) in rows.enumerated() {
        defer { progress(.importing, index + 1, rows.count) }
        if try tx.caseReference(externalReference: row.externalReference)
          != nil
        {
          alreadyImported += 1
          continue
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
        let reference: CaseReference
        do {
          reference = try tx.report(
            newCase, by: access.actor, at: row.reportedAt,
            deadlines: configuration.deadlines,
            calendar: configuration.calendar,
            externalReference: row.externalReference)
        } catch let error as DomainError {
          throw DomainError(
            error.code,
            "\(row.location): \(error.message); nothing was imported")
        }
        let ids = try tx.targets(of: reference)
        for (key, id) in zip(keys, ids) {
          if let key, known[key] == nil { known[key] = id }
        }
        imported += 1
      }
    }
    return Report(
      imported: imported, alreadyImported: alreadyImported, invalid: invalid,
      linkedPersons: linkedPersons.count,
      problems: problems.map(\.description))
  }
}

/// An import refused because rows are bad, with each problem on its line.
///
/// Nothing was written; the message says what to do.
public struct ImportRefusal: Error, Equatable, Sendable, CustomStringConvertible
{
  /// One line per problem: `line 5, kinds: unknown kind 'thret'; …`.
  public var problems: [String]
  /// What was refused and what to do, with `{skipInvalid}` for the field
  /// that imports the good rows anyway.
  public var message: String

  /// A refusal.
  public init(problems: [String], message: String) {
    self.problems = problems
    self.message = message
  }

  public var description: String { message }

  /// Its code in the API's problems.
  public static let code = "invalidRows"
}
