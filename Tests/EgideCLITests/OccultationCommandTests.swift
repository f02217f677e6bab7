import Foundation
import Testing

@Suite("Occultation commands: request, decide, show; bad input writes nothing")
struct OccultationCommandTests {
  @Test(
    "a request on an open_data_occultation measure prints its authority and basis"
  )
  func request() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    let measure = try sandbox.succeed(
      "measure", "request", reference, "--kind", "open_data_occultation",
      "--authority", "Chefs de juridiction")
    #expect(measure.stdout.contains("M-000001"))
    let filed = try sandbox.succeed(
      "occultation", "request", "M-000001", "--decision-court",
      "Cour d'appel de Paris", "--judilibre-id", "67f0c2a9e1d4",
      "--decision-date", "08/04/2026")
    #expect(filed.stdout.contains("OC-000001"))
    #expect(
      filed.stdout.contains(
        "Deciding authority: Magistrat de la Cour de cassation désigné par le premier président"
      ), "\(filed)")
    #expect(filed.stdout.contains("COJ L111-13 and R111-13"))
    #expect(filed.stdout.contains("relation to the court: other"))
    #expect(
      filed.stdout.contains("ca_paris Judilibre 67f0c2a9e1d4 of 2026-04-08"))
    let member = try sandbox.succeed(
      "measure", "request", reference, "--kind", "open_data_occultation",
      "--authority", "Chefs de juridiction")
    #expect(member.status == 0)
    let own = try sandbox.succeed(
      "occultation", "request", "M-000002", "--decision-court", "tj93008",
      "--decision-number", "24/01234")
    #expect(own.stdout.contains("Président, Tribunal judiciaire de Bobigny"))
    let decided = try sandbox.succeed(
      "occultation", "decide", "OC-000002", "--outcome", "granted")
    #expect(
      decided.output
        == "OC-000002: granted by Président, Tribunal judiciaire de Bobigny")
  }

  @Test(
    "after an appeal the deciding authority is the first president of the Cour de cassation; a judge in Nouméa is warned of CPC 643"
  )
  func appealAuthorityAndDistance() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(court: "tj98818")
    try sandbox.succeed(
      "measure", "request", reference, "--kind", "open_data_occultation",
      "--authority", "Chefs de juridiction")
    let filed = try sandbox.succeed(
      "occultation", "request", "M-000001", "--decision-court", "ca_paris",
      "--decision-number", "25/04411")
    #expect(
      filed.stdout.contains(
        "Appeal to:          Premier président de la Cour de cassation"),
      "\(filed.stdout)")
    #expect(filed.stdout.contains("Warning:"))
    #expect(filed.stdout.contains("CPC art. 643"))
    #expect(filed.stdout.contains("Nouvelle-Calédonie"))
    try sandbox.succeed(
      "occultation", "decide", "OC-000001", "--outcome", "refused")
    try sandbox.succeed("occultation", "appeal", "OC-000001")
    let shown = try sandbox.succeed("occultation", "show", "OC-000001")
    #expect(
      shown.stdout.contains(
        "Deciding authority: Premier président de la Cour de cassation"),
      "\(shown.stdout)")
    #expect(
      shown.stdout.contains(
        "Requested of:       Magistrat de la Cour de cassation désigné"))
  }

  @Test(
    "a refusal refuses the measure, and show says until when it may be appealed, then that it was"
  )
  func refusalMovesTheMeasure() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(court: "tj75056")
    try sandbox.succeed(
      "measure", "request", reference, "--kind", "open_data_occultation",
      "--authority", "Chefs de juridiction")
    try sandbox.succeed(
      "occultation", "request", "M-000001", "--decision-court", "ca_paris",
      "--decision-number", "25/04411")
    try sandbox.succeed(
      "occultation", "decide", "OC-000001", "--outcome", "refused")
    let refused = try sandbox.succeed("show", reference)
    #expect(
      refused.stdout.contains("open_data_occultation — refused"),
      "\(refused.stdout)")
    #expect(
      refused.stdout.firstMatch(
        of: /appeal open until \d{4}-\d{2}-\d{2} \(\d+ days left, COJ R111-13\)/
      )
        != nil, "\(refused.stdout)")
    try sandbox.succeed("occultation", "appeal", "OC-000001")
    let appealed = try sandbox.succeed("show", reference)
    #expect(
      appealed.stdout.contains("awaiting the ruling"), "\(appealed.stdout)")
    try sandbox.succeed(
      "occultation", "decide", "OC-000001", "--outcome", "granted")
    let granted = try sandbox.succeed("show", reference)
    #expect(
      granted.stdout.contains("open_data_occultation — granted"),
      "\(granted.stdout)")
    #expect(!granted.stdout.contains("appeal"), "\(granted.stdout)")
  }

  @Test(
    "an administrative decision about someone outside its court goes to a member of the Conseil d'État (CJA R741-15)"
  )
  func councilOfStateMember() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    try sandbox.succeed(
      "measure", "request", reference, "--kind", "open_data_occultation",
      "--authority", "Chefs de juridiction")
    let filed = try sandbox.succeed(
      "occultation", "request", "M-000001", "--decision-court", "ta_lille",
      "--decision-number", "2401234")
    #expect(
      filed.stdout.contains(
        "Deciding authority: Membre du Conseil d'État désigné par le vice-président du Conseil d'État"
      ), "\(filed.stdout)")
    #expect(filed.stdout.contains("CJA L10 and R741-15"))
    #expect(
      filed.stdout.contains("none (CJA L10 and R741-15 provides no appeal)"))
  }

  @Test(
    "a measure of another kind is refused with one line, registry unchanged")
  func wrongMeasure() throws {
    let fixture = try BadInputTests.fixture()
    try BadInputTests.expectRefused(
      fixture,
      [
        "occultation", "request", fixture.liftedMeasure, "--decision-court",
        "tj93008", "--decision-number", "24/01234",
      ], status: 64,
      mentions: ["security_assessment", "open_data_occultation"])
  }

  @Test("bad occultation input is refused with one line naming the value")
  func badInput() throws {
    let fixture = try BadInputTests.fixture()
    let requested = try fixture.sandbox.succeed(
      "measure", "request", fixture.open, "--kind", "open_data_occultation",
      "--authority", "Chefs de juridiction")
    let measure = try #require(
      requested.stdout.firstMatch(of: /M-\d+/).map { String($0.output) })
    let cases: [([String], Int32, [String])] = [
      (
        ["occultation", "request", measure, "--decision-court", "tj93008"],
        64, ["--decision-number", "--judilibre-id"]
      ),
      (
        [
          "occultation", "request", measure, "--decision-court", "Bobygny",
          "--decision-number", "1",
        ], 64, ["'Bobygny'", "did you mean"]
      ),
      (
        [
          "occultation", "request", measure, "--decision-court", "tj93008",
          "--decision-number", "24/1'; --",
        ], 64, ["decision number", "24/1'; --"]
      ),
      (
        [
          "occultation", "request", measure, "--decision-court", "tj93008",
          "--decision-number", "24/1", "--relation", "membre",
        ], 64, ["relation", "'membre'", "member"]
      ),
      (
        [
          "occultation", "request", measure, "--decision-court", "tj93008",
          "--decision-number", "24/1", "--decision-date", "2999-01-01",
        ], 65, ["decision date", "future"]
      ),
      (["occultation", "show", "OC-000009"], 65, ["OC-000009"]),
      (
        ["occultation", "decide", "OC-1", "--outcome", "accepted"], 64,
        ["outcome", "'accepted'", "granted", "refused"]
      ),
      (
        ["exposure", "scan", "missing.txt", "--purpose", "Contrôle"], 66,
        ["decision file", "missing.txt"]
      ),
      (["exposure", "scan", "--reveal", "x.txt"], 64, ["--purpose"]),
    ]
    for (arguments, status, mentions) in cases {
      try BadInputTests.expectRefused(
        fixture, arguments, status: status, mentions: mentions)
    }
  }

  @Test("a decision file that is not a decision is refused, naming the file")
  func badDecisionFile() throws {
    let fixture = try BadInputTests.fixture()
    let path = fixture.sandbox.path("broken.json")
    try Data(#"{"results": [{"id": "x1", "number": "1"}]}"#.utf8).write(
      to: URL(fileURLWithPath: path))
    try BadInputTests.expectRefused(
      fixture,
      ["exposure", "scan", path, "--request", "--purpose", "Contrôle"],
      status: 64,
      mentions: ["broken.json", "text"])
  }
}
