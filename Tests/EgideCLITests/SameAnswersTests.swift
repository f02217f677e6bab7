import EgideTestSupport
import Foundation
import Testing

/// The README's walkthroughs, run twice from the same start.
///
/// Once on a local registry, once through a server with the real client:
/// every command must print the same thing and exit the same way in both
/// modes.
@Suite("The same answers, locally and through a server", .serialized)
struct SameAnswersTests {
  /// The instant both clocks are fixed at: the local one by `$EGIDE_NOW`,
  /// the server's by its own.
  static let now = "2026-12-01T09:00Z"

  /// Who runs each step, and the step, as the README writes it.
  static let walkthrough: [(String, [String])] = [
    // Walkthrough: union delegate.
    (
      ServedRegistry.delegate,
      [
        "report", "--kind", "threat", "--kind", "doxxing", "--channel",
        "social_network", "--platform", "x", "--court", "Bobigny", "--occurred",
        "20/11/2026 21:40", "--target", "Maëlle TORVANNEC", "--role", "judge",
        "--function", "jld", "--severity", "high", "--factor", "home_exposed",
        "--summary", "Menace publiée sous une décision, avec l'adresse",
        "--narrative", "@account.txt", "--author", "@compte_imaginaire",
      ]
    ),
    (
      ServedRegistry.delegate,
      [
        "evidence", "add", "2026-0001", "--file", "capture.png",
        "--description", "Publication du 20 novembre, 21 h 40",
      ]
    ),
    (
      ServedRegistry.delegate,
      [
        "evidence", "add", "2026-0001", "--url",
        "https://x.com/compte_imaginaire/status/123",
      ]
    ),
    (
      ServedRegistry.delegate,
      [
        "measure", "request", "2026-0001", "--kind", "statutory_protection",
        "--authority", "Chefs de cour, CA Paris", "--due", "15/12/2026",
      ]
    ),
    (
      ServedRegistry.delegate,
      ["note", "2026-0001", "Entretien avec la collègue ; plainte déposée."]
    ),
    (ServedRegistry.delegate, ["show", "2026-0001"]),
    (
      ServedRegistry.delegate,
      [
        "show", "2026-0001", "--identities", "--purpose",
        "vérifier le signalement avec elle",
      ]
    ),
    (ServedRegistry.delegate, ["show", "2026-0001", "--json"]),
    // Walkthrough: court security officer.
    (ServedRegistry.admin, ["list", "--ressort", "ca_paris"]),
    (ServedRegistry.admin, ["list", "--court", "Bobigny", "--overdue"]),
    (
      ServedRegistry.admin,
      [
        "assess", "2026-0001", "--severity", "critical", "--factor",
        "death_threat", "--factor", "home_exposed",
      ]
    ),
    (
      ServedRegistry.admin,
      ["assign", "2026-0001", "--to", ServedRegistry.delegate]
    ),
    (
      ServedRegistry.admin,
      [
        "escalate", "2026-0001", "--to", "law_enforcement", "--reason",
        "Menace de mort avec l'adresse du domicile", "--authority",
        "Commissariat de Bobigny",
      ]
    ),
    (
      ServedRegistry.admin,
      [
        "measure", "request", "2026-0001", "--kind", "police_protection",
        "--authority", "Préfecture de Seine-Saint-Denis", "--due", "10/12/2026",
      ]
    ),
    (
      ServedRegistry.admin,
      [
        "measure", "update", "M-000002", "--status", "in_place", "--note",
        "Patrouilles deux fois par nuit",
      ]
    ),
    (
      ServedRegistry.admin,
      ["list", "--assigned-to", ServedRegistry.delegate, "--format", "csv"]
    ),
    (
      ServedRegistry.admin,
      [
        "measure", "request", "2026-0001", "--kind", "content_takedown",
        "--authority", "X (Twitter)",
      ]
    ),
    (
      ServedRegistry.admin,
      [
        "notice", "draft", "M-000003", "--url",
        "https://x.com/compte_imaginaire/status/123", "--url",
        "https://x.com/compte_imaginaire/status/124", "--notifier",
        "Délégué Syndical Fictif", "--email", "delegue@example.org",
        "--channel", "platform_form",
      ]
    ),
    (
      ServedRegistry.admin,
      [
        "notice", "render", "N-000001", "--lang", "fr", "--purpose",
        "envoyer à la plateforme",
      ]
    ),
    (ServedRegistry.admin, ["notice", "send", "N-000001"]),
    (
      ServedRegistry.admin,
      [
        "notice", "reply", "N-000001", "--decision", "removed", "--url",
        "https://x.com/compte_imaginaire/status/123", "--reasons",
        "Retiré pour propos violents",
      ]
    ),
    (ServedRegistry.admin, ["notice", "show", "M-000003"]),
    (ServedRegistry.admin, ["due"]),
    (
      ServedRegistry.admin,
      [
        "measure", "request", "2026-0001", "--kind", "open_data_occultation",
        "--authority", "Président du TJ de Bobigny",
      ]
    ),
    (
      ServedRegistry.admin,
      [
        "occultation", "request", "M-000004", "--decision-court", "tj93008",
        "--decision-number", "24/01234", "--decision-date", "12/09/2026",
      ]
    ),
    (
      ServedRegistry.admin,
      [
        "occultation", "decide", "OC-000001", "--outcome", "refused",
        "--notified", "01/12/2026",
      ]
    ),
    (ServedRegistry.admin, ["occultation", "show", "OC-000001"]),
    (
      ServedRegistry.admin,
      ["exposure", "scan", "decision.txt", "--purpose", "contrôle mensuel"]
    ),
    (ServedRegistry.admin, ["campaign", "list"]),
    (ServedRegistry.admin, ["campaign", "show", "2026-0001"]),
    (
      ServedRegistry.admin,
      [
        "person", "find", "Maëlle Torvannec", "--purpose",
        "retrouver ses dossiers",
      ]
    ),
    (ServedRegistry.admin, ["import", "lot.csv"]),
    (ServedRegistry.admin, ["export", "cases", "--all", "--format", "json"]),
    (
      ServedRegistry.admin,
      [
        "export", "cases", "--all", "--include-identities", "--purpose",
        "transfert vers le nouveau registre",
      ]
    ),
    (
      ServedRegistry.admin,
      [
        "resolve", "2026-0001", "--outcome",
        "Auteur identifié ; publications retirées",
      ]
    ),
    (ServedRegistry.admin, ["timeline", "2026-0001"]),
    (ServedRegistry.admin, ["audit"]),
    (ServedRegistry.admin, ["user", "list"]),
    // Walkthrough: ministry liaison.
    (ServedRegistry.liaison, ["summary", "--month", "2026-11"]),
    (
      ServedRegistry.liaison,
      ["summary", "--month", "2026-11", "--format", "csv", "--lang", "fr"]
    ),
    (
      ServedRegistry.liaison,
      [
        "summary", "--quarter", "2026-Q4", "--format", "json",
        "--provisional",
      ]
    ),
    // Refusals read the same too.
    (ServedRegistry.delegate, ["assess", "2026-0001", "--severity", "high"]),
    (ServedRegistry.admin, ["show", "2026-9999"]),
    (ServedRegistry.admin, ["assess", "2026-0002", "--severity", "hgh"]),
    (ServedRegistry.liaison, ["list"]),
  ]

  /// How many steps at the end of the walkthrough are refusals.
  static let refusals = 4

  /// The files the walkthrough reads, written in each sandbox.
  static func writeFiles(in sandbox: Sandbox) throws {
    try "Elle a reçu le message à 21 h 40.\nL'auteur cite son adresse.\n".write(
      toFile: sandbox.path("account.txt"), atomically: true, encoding: .utf8)
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]).write(
      to: URL(fileURLWithPath: sandbox.path("capture.png")))
    try """
    TRIBUNAL JUDICIAIRE DE BOBIGNY
    Jugement du 12 septembre 2026, RG 24/01234
    Président : Mme Maëlle TORVANNEC
    """.write(
      toFile: sandbox.path("decision.txt"), atomically: true, encoding: .utf8)
    try """
    external_reference,reported_at,kinds,channel,court,target_name,target_role,summary
    LOT-1,2026-11-25,harassment,email,Bobigny,Ilyan PERCEVAUX,clerk,Courriels répétés
    """.write(
      toFile: sandbox.path("lot.csv"), atomically: true, encoding: .utf8)
  }

  @Test(
    "every step of the README's walkthroughs prints the same and exits the same in both modes"
  )
  func walkthroughsAgree() throws {
    let served = try ServedRegistry(serverEnvironment: ["EGIDE_NOW": Self.now])
    let local = try Sandbox()
    try local.initRegistry()
    try ServedRegistry.addUsers(to: local)
    try Self.writeFiles(in: local)
    try Self.writeFiles(in: served.sandbox)
    for (index, (user, arguments)) in Self.walkthrough.enumerated() {
      let here = try local.run(
        arguments + ["--db", local.db],
        environment: ["EGIDE_ACTOR": user, "EGIDE_NOW": Self.now])
      let there = try served.client(user, arguments)
      let step = "\(user): egide \(arguments.prefix(4).joined(separator: " "))"
      // Every step succeeds but the refusals at the end.
      let refusal = index >= Self.walkthrough.count - Self.refusals
      #expect((here.status != 0) == refusal, "\(step)\nlocal: \(here)")
      #expect(
        here.status == there.status, "\(step)\nlocal: \(here)\nserved: \(there)"
      )
      #expect(
        here.stdout == there.stdout, "\(step)\nlocal: \(here)\nserved: \(there)"
      )
      #expect(
        here.stderr == there.stderr, "\(step)\nlocal: \(here)\nserved: \(there)"
      )
    }
    // The walkthrough did what it says: the case ended resolved, and the
    // same way in both registries.
    let ended = try served.client(
      ServedRegistry.admin, ["show", "2026-0001", "--json"])
    #expect(ended.stdout.contains("\"status\" : \"resolved\""), "\(ended)")
  }
}
