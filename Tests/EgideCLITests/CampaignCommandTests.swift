import Foundation
import Testing

@Suite("egide campaign, end to end")
struct CampaignCommandTests {
  /// Reports a threat on X by `authors` against `target`.
  static func report(
    _ sandbox: Sandbox, target: String, authors: [String],
    occurred: String, court: String = "Bobigny"
  ) throws -> String {
    try sandbox.report(
      kind: "cyberharassment", court: court, target: target,
      summary: "Message hostile publié sous une décision fictive",
      extra: ["--platform", "x", "--occurred", occurred]
        + authors.flatMap { ["--author", $0] })
  }

  /// Three cases by one handle written three ways, a burst of four
  /// handles against one judge within six hours, and two unrelated cases.
  static func populate(_ sandbox: Sandbox) throws -> (
    crow: [String], burst: [String], unrelated: [String]
  ) {
    try sandbox.initRegistry()
    let crow = [
      try report(
        sandbox, target: "Isaure VELMONT", authors: ["@Corbeau_Noir"],
        occurred: "02/09/2026 20:00"),
      try report(
        sandbox, target: "Clothaire BRENUS", authors: ["corbeau_noir"],
        occurred: "15/09/2026 08:30", court: "tj59350"),
      try report(
        sandbox, target: "Ambroisine DELCASSE",
        authors: ["https://x.com/corbeau_noir"], occurred: "01/10/2026 12:00"),
    ]
    let first = try report(
      sandbox, target: "Sévérine OZANNE", authors: ["@meute_un"],
      occurred: "10/10/2026 21:00")
    var burst = [first]
    let raid = [
      ("@meute_deux", "10/10/2026 22:30"), ("@meute_trois", "10/10/2026 23:45"),
      ("@meute_quatre", "11/10/2026 01:30"),
    ]
    for (handle, occurred) in raid {
      let result = try sandbox.egide(
        "report", "--kind", "cyberharassment", "--channel", "social_network",
        "--platform", "x", "--court", "Bobigny", "--person", "P-000004",
        "--summary", "Raid fictif", "--occurred", occurred, "--author", handle)
      try #require(result.status == 0, "\(result)")
      burst.append(result.output)
    }
    let unrelated = [
      try report(
        sandbox, target: "Gaspardine LOUVEL", authors: ["@passant_isole"],
        occurred: "10/10/2026 22:00"),
      try report(
        sandbox, target: "Anthelme RIVOIRE", authors: ["inconnu"],
        occurred: "11/10/2026 09:00"),
    ]
    return (crow, burst, unrelated)
  }

  @Test(
    "one handle written three ways makes one campaign; a raid of four is a burst; unrelated cases are not listed"
  )
  func listFindsCampaignsAndBursts() throws {
    let sandbox = try Sandbox()
    let (crow, burst, unrelated) = try Self.populate(sandbox)
    let result = try sandbox.succeed("campaign", "list", "--json")
    let document = try #require(
      try JSONSerialization.jsonObject(with: result.stdoutData)
        as? [String: Any], "\(result)")
    let campaigns = try #require(document["campaigns"] as? [[String: Any]])
    #expect(campaigns.count == 2, "\(result.stdout)")
    let linked = campaigns.first { $0["kind"] as? String == "linked" }
    #expect(linked?["cases"] as? [String] == crow)
    #expect(linked?["sharedAuthorCount"] as? Int == 1)
    #expect(linked?["courts"] as? [String] == ["tj59350", "tj93008"])
    let raid = campaigns.first { $0["kind"] as? String == "burst" }
    #expect(raid?["cases"] as? [String] == burst)
    #expect(raid?["authorCount"] as? Int == 4)
    #expect(raid?["target"] as? String == "P-000004")
    #expect(raid?["spanHours"] as? Double == 4.5)
    for reference in unrelated {
      #expect(!result.stdout.contains(reference))
    }
    // Counts only: no handle in the list.
    #expect(!result.stdout.lowercased().contains("corbeau"))
    #expect(!result.stdout.contains("meute"))

    let text = try sandbox.succeed("campaign", "list")
    #expect(text.stdout.contains("2 campaigns"))
    #expect(
      text.stdout.contains(
        "Coordinated burst against P-000004 — 4 cases, 4 authors within 4 h"))
    #expect(
      text.stdout.contains(
        "Linked campaign — 3 cases, 1 author, linked by 1 shared author"))
    #expect(!text.stdout.lowercased().contains("corbeau"))
  }

  @Test("--min-cases and --since filter the campaigns; bad values are refused")
  func listFilters() throws {
    let sandbox = try Sandbox()
    let (crow, burst, _) = try Self.populate(sandbox)
    let four = try sandbox.succeed("campaign", "list", "--min-cases", "4")
    #expect(four.stdout.contains(burst[0]))
    #expect(!four.stdout.contains(crow[0]))
    let recent = try sandbox.succeed(
      "campaign", "list", "--since", "05/10/2026")
    #expect(recent.stdout.contains("1 campaign"))
    #expect(!recent.stdout.contains(crow[1]))
    let narrow = try sandbox.succeed(
      "campaign", "list", "--burst-window", "2", "--json")
    #expect(!narrow.stdout.contains("\"burst\""))
    let bad = try sandbox.egide("campaign", "list", "--min-cases", "1")
    #expect(bad.status == 64, "\(bad)")
    #expect(bad.stderr.contains("min-cases"))
  }

  @Test("show of one case names the other cases of the same author")
  func showNamesTheSameAuthorsCases() throws {
    let sandbox = try Sandbox()
    let (crow, burst, unrelated) = try Self.populate(sandbox)
    let text = try sandbox.succeed(
      "show", crow[0], "--identities", "--purpose", Sandbox.purpose)
    #expect(
      text.stdout.contains(
        "Also by the same author (@Corbeau_Noir): \(crow[1]), \(crow[2])"),
      "\(text.stdout)")
    let json = try sandbox.succeed(
      "show", crow[2], "--json", "--identities", "--purpose", Sandbox.purpose)
    let document = try #require(
      try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
    let same = try #require(document["sameAuthorCases"] as? [[String: Any]])
    #expect(same.count == 1)
    #expect(same.first?["author"] as? String == "https://x.com/corbeau_noir")
    #expect(same.first?["cases"] as? [String] == [crow[0], crow[1]])
    // A "single" message of the raid shows it is part of a burst.
    let raid = try sandbox.succeed("show", burst[2])
    #expect(
      raid.stdout.contains(
        "Part of a coordinated burst against P-000004: 4 cases"),
      "\(raid.stdout)")
    let lone = try sandbox.succeed("show", unrelated[0], "--json")
    let loneDocument = try #require(
      try JSONSerialization.jsonObject(with: lone.stdoutData) as? [String: Any])
    #expect((loneDocument["sameAuthorCases"] as? [Any])?.isEmpty == true)
    #expect((loneDocument["bursts"] as? [Any])?.isEmpty == true)
  }

  @Test("campaign show names the campaigns of a case and what links them")
  func campaignShow() throws {
    let sandbox = try Sandbox()
    let (crow, burst, unrelated) = try Self.populate(sandbox)
    let linked = try sandbox.succeed(
      "campaign", "show", crow[1], "--identities", "--purpose", Sandbox.purpose)
    #expect(linked.stdout.contains("belongs to 1 campaign"))
    #expect(linked.stdout.contains("Shared authors: corbeau_noir"))
    let hidden = try sandbox.succeed("campaign", "show", crow[1])
    #expect(hidden.stdout.contains("linked by 1 shared author"))
    #expect(!hidden.stdout.contains("corbeau_noir"), "\(hidden.stdout)")
    #expect(!hidden.stdout.contains("[sealed]"), "\(hidden.stdout)")
    #expect(hidden.stdout.contains("Identities hidden"), "\(hidden.stdout)")
    #expect(linked.stdout.contains(crow.joined(separator: ", ")))
    let raid = try sandbox.succeed("campaign", "show", burst[0], "--json")
    let document = try #require(
      try JSONSerialization.jsonObject(with: raid.stdoutData)
        as? [String: Any])
    let campaigns = try #require(document["campaigns"] as? [[String: Any]])
    #expect(campaigns.map { $0["kind"] as? String } == ["burst"])
    let none = try sandbox.succeed("campaign", "show", unrelated[1])
    #expect(none.stdout.contains("belongs to no campaign"))
    let missing = try sandbox.egide("campaign", "show", "2026-0999")
    #expect(missing.status == 65, "\(missing)")
  }

  @Test("evidence URLs on the same hostile site link two cases")
  func evidenceSitesLinkCases() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let first = try Self.report(
      sandbox, target: "Isaure VELMONT", authors: [],
      occurred: "02/09/2026 20:00")
    let second = try Self.report(
      sandbox, target: "Clothaire BRENUS", authors: [],
      occurred: "03/09/2026 20:00")
    try sandbox.succeed(
      "evidence", "add", first, "--url",
      "https://www.brulot-fictif.exemple/juges/velmont")
    try sandbox.succeed(
      "evidence", "add", second, "--url",
      "https://brulot-fictif.exemple/juges/brenus")
    let show = try sandbox.succeed(
      "show", first, "--identities", "--purpose", Sandbox.purpose)
    #expect(
      show.stdout.contains(
        "Also on the same site (brulot-fictif.exemple): \(second)"),
      "\(show.stdout)")
    let list = try sandbox.succeed("campaign", "list")
    #expect(list.stdout.contains("linked by 1 shared site"))
  }
}
