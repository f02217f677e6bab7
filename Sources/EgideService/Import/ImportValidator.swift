import EgideCore
import Foundation

/// A row that passed validation: the case to log, when it was reported,
/// and how to recognise its new persons in later rows.
struct ImportedRow {
  var line: Int
  var location: String
  var externalReference: String
  var newCase: NewCase
  var reportedAt: Date
  /// For each target of ``newCase``, the key that identifies a new person
  /// within the file (`nil` for a person already registered).
  var personKeys: [String?]
}

/// Turns import records into validated cases, with the rules of
/// `egide report`: every value goes through the same parsers and the
/// case through ``NewCase``'s initialiser.
struct ImportValidator {
  /// The date parser of the registry's time zone.
  var dates: DateInput
  /// The current time: no date may be later.
  var now: Date
  /// The registered persons the file names by person_id.
  var persons: [PersonID: TargetedPerson]

  /// The person identifiers a record names, to look up before
  /// validation; malformed ones are skipped (validation reports them).
  static func personIDs(in record: ImportRecord) -> [PersonID] {
    split(record.cells["person_id"] ?? "", by: [";", ","]).compactMap {
      try? PersonID.parse($0)
    }
  }

  /// Splits a list cell, trimming and dropping empty items.
  static func split(_ text: String, by separators: Set<Character>) -> [String] {
    text.split(whereSeparator: separators.contains).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }

  /// Validates one record.
  ///
  /// - Returns: the case, or every problem found (one per field).
  func validate(_ record: ImportRecord) -> Result<ImportedRow, ImportRows> {
    if record.isMalformed { return .failure(ImportRows(record.problems)) }
    var problems = record.problems
    let location = record.location
    // Each cell is trimmed once: the checks below read some several times.
    let trimmed = record.cells.mapValues {
      $0.trimmingWhitespaceAndNewlines()
    }
    func cell(_ name: String) -> String { trimmed[name] ?? "" }
    func check<T>(_ field: String, _ body: () throws(DomainError) -> T) -> T? {
      do { return try body() } catch {
        problems.append(
          ImportProblem(location: location, field: field, reason: error.message)
        )
        return nil
      }
    }
    func list(_ name: String) -> [String] {
      Self.split(cell(name), by: [";", ","])
    }

    let externalReference = check("external_reference") {
      () throws(DomainError) in
      try TextRule.required(
        cell("external_reference"), field: "external_reference",
        limit: TextRule.shortLimit)
    }
    let kinds = check("kinds") { () throws(DomainError) -> [IncidentKind] in
      let values = list("kinds")
      guard !values.isEmpty else {
        throw DomainError(
          .invalidValue,
          "kinds is missing; accepted, separated by ';': \(IncidentKind.acceptedValues.joined(separator: ", "))"
        )
      }
      return try values.map { value throws(DomainError) in
        try IncidentKind.parse(value)
      }
    }
    let channel = check("channel") { () throws(DomainError) in
      guard !cell("channel").isEmpty else {
        throw DomainError(
          .invalidValue,
          "channel is missing; accepted: \(Channel.acceptedValues.joined(separator: ", "))"
        )
      }
      return try Channel.parse(cell("channel"))
    }
    let platform = check("platform") {
      () throws(DomainError) -> Platform? in
      cell("platform").isEmpty ? nil : try Platform.parse(cell("platform"))
    }
    let court = check("court") { () throws(DomainError) in
      try CourtDirectory.shared.resolve(cell("court"))
    }
    let reportedAt = check("reported_at") { () throws(DomainError) -> Date in
      cell("reported_at").isEmpty
        ? now
        : try dates.parsePast(
          cell("reported_at"), field: "reported_at", now: now
        )
        .start
    }
    let occurred = check("occurred") {
      () throws(DomainError) -> OccurrenceDate? in
      guard !cell("occurred").isEmpty else { return nil }
      let date = try dates.parsePast(
        cell("occurred"), field: "occurred", now: now)
      if let reportedAt, date.start > reportedAt {
        throw DomainError(
          .unacceptableValue,
          "occurred '\(cell("occurred"))' is after reported_at; an incident is reported after it happens"
        )
      }
      return date
    }
    // An export carries the facts as first reported in reported_*; its
    // severity and factors are then the current ones, not imported.
    let severityColumn =
      record.cells["reported_severity"] != nil
      ? "reported_severity" : "severity"
    let factorsColumn =
      record.cells["reported_factors"] != nil ? "reported_factors" : "factors"
    let severity = check(severityColumn) {
      () throws(DomainError) -> Severity? in
      cell(severityColumn).isEmpty
        ? nil : try Severity.parse(cell(severityColumn))
    }
    let factors = check(factorsColumn) {
      () throws(DomainError) -> [RiskFactor] in
      try list(factorsColumn).map { value throws(DomainError) in
        try RiskFactor.parse(value)
      }
    }
    let summary = check("summary") { () throws(DomainError) in
      try TextRule.required(
        cell("summary"), field: "summary", limit: TextRule.lineLimit)
    }
    let narrative = check("narrative") { () throws(DomainError) in
      try TextRule.optional(
        record.cells["narrative"], field: "narrative",
        limit: TextRule.longLimit)
    }
    let authors = check("authors") { () throws(DomainError) -> [String] in
      try Self.split(cell("authors"), by: [";"]).map {
        value throws(DomainError) in
        try TextRule.required(
          value, field: "author", limit: TextRule.shortLimit)
      }
    }
    let targets = self.targets(
      record, cells: trimmed, location: location, problems: &problems)

    guard problems.isEmpty, let externalReference, let kinds, let channel,
      let platform, let court, let reportedAt, let occurred, let severity,
      let factors, let summary, let narrative, let authors, let targets
    else { return .failure(ImportRows(problems)) }

    let newCase: NewCase
    do throws(DomainError) {
      newCase = try NewCase(
        kinds: kinds, occurred: occurred, channel: channel, platform: platform,
        court: court, targets: targets,
        reportedSeverity: severity, factors: factors, summary: summary,
        narrative: narrative, authors: authors, now: now)
      // The links of relatives, as the registry will make them.
      _ = try newCase.registration(existing: persons, firstNewID: PersonID(1))
    } catch {
      let field =
        error.message.hasPrefix("platform")
        ? "platform"
        : error.message.hasPrefix("severity")
          ? severityColumn
          : error.message.hasPrefix("occurred")
            ? "occurred"
            : error.message.contains("family")
              ? "family_name"
              : "row"
      return .failure(
        ImportRows([
          ImportProblem(location: location, field: field, reason: error.message)
        ]))
    }
    return .success(
      ImportedRow(
        line: record.line, location: location,
        externalReference: externalReference, newCase: newCase,
        reportedAt: reportedAt,
        personKeys: newCase.targets.map { target in
          guard case .new(let person) = target else { return nil }
          return Self.personKey(person, court: court)
        }))
  }

  /// What identifies a new person within one file: the same name (case
  /// and accents aside), role, function and court.
  static func personKey(_ person: NewCase.NewPerson, court: Court) -> String {
    [
      Suggestion.fold(person.identity.name), person.role.rawValue,
      person.function?.rawValue ?? "", court.code,
    ].joined(separator: "\u{1F}")
  }

  /// The targets of a record, from target_name/target_role/
  /// target_function/family_name/person_id or from an export's
  /// targets/target_names.
  private func targets(
    _ record: ImportRecord, cells: [String: String], location: String,
    problems: inout [ImportProblem]
  ) -> [NewCase.Target]? {
    func cell(_ name: String) -> String { cells[name] ?? "" }
    func problem(_ field: String, _ reason: String) {
      problems.append(
        ImportProblem(location: location, field: field, reason: reason))
    }
    let before = problems.count
    var targets: [NewCase.Target] = []
    let templateForm = [
      "target_name", "target_role", "target_function",
      "family_name",
    ].contains { !cell($0).isEmpty }
    let exportForm = !cell("target_names").isEmpty || !cell("targets").isEmpty
    if templateForm && exportForm {
      problem(
        "target_names",
        "give the targets either in target_name/target_role/target_function/family_name or in targets/target_names, not both"
      )
      return nil
    }
    for text in Self.split(cell("person_id"), by: [";", ","]) {
      do throws(DomainError) {
        let id = try PersonID.parse(text)
        if persons[id] == nil {
          throw DomainError(
            .notFound,
            "person \(id) is not in the registry; give target_name and target_role to register someone new"
          )
        }
        targets.append(.existing(id))
      } catch {
        problem("person_id", error.message)
      }
    }
    func person(
      name: String, role: Role, function: StaffFunction?,
      fields: (name: String, function: String)
    ) {
      do throws(DomainError) {
        targets.append(
          .new(
            try NewCase.NewPerson(
              identity: PersonIdentity(name: name), role: role,
              function: function)))
      } catch {
        problem(
          error.message.hasPrefix("function") ? fields.function : fields.name,
          error.message)
      }
    }
    if exportForm {
      let names = cell("target_names").split(
        separator: Character(CaseExport.entrySeparator),
        omittingEmptySubsequences: false
      ).map { $0.trimmingCharacters(in: .whitespaces) }
      let entries = cell("targets").split(
        separator: Character(CaseExport.entrySeparator),
        omittingEmptySubsequences: false
      ).map { $0.trimmingCharacters(in: .whitespaces) }
      guard names.count == entries.count else {
        problem(
          "targets",
          "\(entries.count) target(s) in targets for \(names.count) name(s) in target_names; give one role (role:function) per name, separated by '|'"
        )
        return nil
      }
      for (name, entry) in zip(names, entries) {
        let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
        do throws(DomainError) {
          let role = try Role.parse(parts.first ?? "")
          let function = try parts.dropFirst().first.map {
            value throws(DomainError) in try StaffFunction.parse(value)
          }
          person(
            name: name, role: role, function: function,
            fields: ("target_names", "targets"))
        } catch {
          problem("targets", error.message)
        }
      }
    } else {
      let name = cell("target_name")
      if !name.isEmpty {
        do throws(DomainError) {
          guard !cell("target_role").isEmpty else {
            throw DomainError(
              .invalidValue,
              "target_role is missing; accepted: \(Role.acceptedValues.joined(separator: ", "))"
            )
          }
          let role = try Role.parse(cell("target_role"))
          let function =
            try cell("target_function").isEmpty
            ? nil : StaffFunction.parse(cell("target_function"))
          person(
            name: name, role: role, function: function,
            fields: ("target_name", "target_function"))
        } catch {
          problem(
            error.message.hasPrefix("unknown function")
              ? "target_function" : "target_role", error.message)
        }
      } else if !cell("target_role").isEmpty || !cell("target_function").isEmpty
      {
        problem(
          "target_name",
          "target_name is missing; target_role and target_function describe the person it names"
        )
      }
      if !cell("family_name").isEmpty {
        person(
          name: cell("family_name"), role: .family, function: nil,
          fields: ("family_name", "family_name"))
      }
    }
    if targets.isEmpty && problems.count == before {
      problem(
        "target_name",
        "target_name is missing; give the targeted person's name and target_role, or person_id for someone already registered"
      )
    }
    return problems.count == before ? targets : nil
  }
}

/// The problems of one or more rows.
struct ImportRows: Error {
  var problems: [ImportProblem]
  init(_ problems: [ImportProblem]) { self.problems = problems }
}
