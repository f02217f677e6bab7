import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide audit`: the access log, every reveal of identities, oldest
/// first.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "List the access log: who revealed identities, when and why.",
    discussion: """
      Every command that shows names, contacts, narratives or evidence
      records who ran it, when, in which case and for what purpose before it
      prints. This lists those entries, oldest first. The access log holds
      no identity: no key is needed to read it. It is append-only and
      hash-chained: 'egide verify' checks that no entry was changed or
      removed.

      Example:
        egide audit --since 2026-11-01
        egide audit --user m.durand --case 2026-0042 --format json
      """)

  @OptionGroup var registry: RegistryOptions
  @Option(help: "Only the reveals by this user.") var user: String?
  @Option(
    name: .customLong("case"),
    help: ArgumentHelp(
      "Only the reveals in this case (2026-0042).", valueName: "ref"))
  var caseReference: String?
  @Option(help: "Only the reveals on or after this date.") var since: String?
  @Option(help: "table or json.") var format = "table"

  /// One entry of the JSON list.
  struct Entry: Encodable {
    var action: String
    var actor: String
    var caseReference: String?
    var details: [String: String]
    var purpose: String
    var recordedAt: String
  }

  func run() throws {
    let settings = try registry.settings()
    let format = try AuditFormat.parse(format)
    let reference = try caseReference.map { value throws(DomainError) in
      try CaseReference.parse(value)
    }
    let start = try since.map { value throws(DomainError) in
      try settings.dates.parse(value, field: "since").start
    }
    let access = try settings.authorize(.audit)
    var entries = try access.registry.accessLog(
      actor: user, caseReference: reference, since: start)
    // A scoped officer sees the reveals of the cases of their scope only.
    if access.scope != nil {
      var seen: [CaseReference: Bool] = [:]
      entries = try entries.filter { entry in
        guard let reference = entry.caseReference else { return false }
        if let known = seen[reference] { return known }
        let inside = access.sees(
          try access.registry.location(of: .case(reference)))
        seen[reference] = inside
        return inside
      }
    }
    switch format {
    case .table:
      print(Self.table(entries, display: Display(timeZone: settings.timeZone)))
    case .json:
      print(
        try JSONOutput.render(
          entries.map {
            Entry(
              action: $0.action.rawValue, actor: $0.actor,
              caseReference: $0.caseReference?.description,
              details: $0.details, purpose: $0.purpose,
              recordedAt: ISODate.string($0.recordedAt))
          }))
    }
  }

  /// The entries as a table for people, with their count.
  static func table(_ entries: [AccessEntry], display: Display) -> String {
    guard !entries.isEmpty else { return "No access matches." }
    var table = TextTable(headers: ["WHEN", "WHO", "ACTION", "CASE", "PURPOSE"])
    for entry in entries {
      table.rows.append([
        // `list` and `timeline` reveal as `show` does; name the command.
        display.dateTime(entry.recordedAt), entry.actor,
        entry.details["command"] ?? entry.action.rawValue,
        entry.caseReference?.description ?? "", entry.purpose,
      ])
    }
    let count = entries.count == 1 ? "1 access" : "\(entries.count) accesses"
    return table.render(width: Terminal.width) + "\n\(count)"
  }
}

/// The output formats of `egide audit`.
enum AuditFormat: String, DomainValue {
  case table
  case json
  static let fieldName = "format"
}
