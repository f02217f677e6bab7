import EgideStore
import Foundation
import Testing

/// The interface speaks French to a French user: chosen by `--lang`, the
/// configuration file or the locale, with values typed by their French
/// names and refused in French.
@Suite("A French interface")
struct FrenchInterfaceTests {
  static let french = ["LANG": "fr_FR.UTF-8"]

  /// A registry with one case whose measure is late.
  static func registry() throws -> (Sandbox, String) {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    return (sandbox, reference)
  }

  @Test("a fr locale gives French; LC_ALL beats LANG; --lang beats both")
  func languageResolution() throws {
    let (sandbox, _) = try Self.registry()
    let french = try sandbox.run(
      ["list", "--db", sandbox.db], environment: Self.french)
    #expect(french.status == 0, "\(french)")
    #expect(french.stdout.hasPrefix("RÉF"), "\(french)")
    #expect(french.stdout.contains("1 dossier"), "\(french)")
    let posix = try sandbox.run(
      ["list", "--db", sandbox.db],
      environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": "C"])
    #expect(posix.stdout.hasPrefix("REF "), "\(posix)")
    let flag = try sandbox.run(
      ["list", "--lang", "en", "--db", sandbox.db], environment: Self.french)
    #expect(flag.stdout.hasPrefix("REF "), "\(flag)")
    let before = try sandbox.run(["--lang", "fr", "list", "--db", sandbox.db])
    #expect(before.stdout.hasPrefix("RÉF"), "\(before)")
  }

  @Test(
    "lang = fr in the configuration file gives French; a bad one is refused")
  func configuredLanguage() throws {
    let (sandbox, _) = try Self.registry()
    try "lang = \"fr\"\n".write(
      toFile: sandbox.configPath, atomically: true, encoding: .utf8)
    let listed = try sandbox.run(["list", "--db", sandbox.db])
    #expect(listed.stdout.hasPrefix("RÉF"), "\(listed)")
    try "lang = \"de\"\n".write(
      toFile: sandbox.configPath, atomically: true, encoding: .utf8)
    let refused = try sandbox.run(["list", "--db", sandbox.db])
    #expect(refused.status == 64, "\(refused)")
    #expect(refused.stderrLines.count == 1, "\(refused)")
    #expect(refused.stderr.contains("'de'"), "\(refused)")
    #expect(refused.stderr.contains("en, fr"), "\(refused)")
    let flag = try sandbox.run(["list", "--lang", "xx", "--db", sandbox.db])
    #expect(flag.status == 64, "\(flag)")
    #expect(flag.stderr.contains("--lang 'xx'"), "\(flag)")
  }

  @Test(
    "values are typed by their French names, without accents or case, and stored as codes"
  )
  func frenchValues() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let result = try sandbox.run([
      "report", "--db", sandbox.db, "--kind", "Menace", "--kind",
      "divulgation", "--channel", "reseau social", "--platform", "x",
      "--court", "Bobigny", "--target", "Orlane VASSEDIÈRE", "--role",
      "greffière", "--function", "Greffiere", "--severity", "élevée",
      "--factor", "domicile exposé", "--summary", "Adresse publiée",
    ])
    #expect(result.status == 0, "\(result)")
    let cases = try Formats.objects(
      try sandbox.succeed(
        "list", "--format", "json", "--identities", "--purpose", Sandbox.purpose
      ))
    #expect(cases.first?["kinds"] as? [String] == ["threat", "doxxing"])
    #expect(cases.first?["channel"] as? String == "social_network")
    let listed = try sandbox.run(
      [
        "list", "--kind", "menace", "--status", "nouveau", "--format", "json",
        "--db", sandbox.db,
      ])
    #expect(try Formats.objects(listed).count == 1, "\(listed)")
  }

  @Test("a mistyped value is refused in French with the closest French name")
  func frenchRefusal() throws {
    let (sandbox, _) = try Self.registry()
    let before = sandbox.snapshot()
    let result = try sandbox.run(
      Sandbox.reportArguments(kind: "menase") + ["--db", sandbox.db],
      environment: Self.french)
    #expect(result.status == 64, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(
      result.stderr.hasPrefix(
        "egide : erreur : nature : valeur inconnue « menase »"), "\(result)")
    #expect(
      result.stderr.contains("vouliez-vous dire « menace » ?"), "\(result)")
    #expect(result.stderr.contains("cyberharcèlement"), "\(result)")
    #expect(sandbox.snapshot() == before)
    let english = try sandbox.run(
      Sandbox.reportArguments(kind: "thret") + ["--db", sandbox.db])
    #expect(
      english.stderr.contains("unknown kind 'thret'; accepted: threat"),
      "\(english)")
    #expect(sandbox.snapshot() == before)
  }

  @Test("show and timeline read in French: labels, values, dates, plurals")
  func frenchCase() throws {
    let (sandbox, reference) = try Self.registry()
    try sandbox.succeed("assess", reference, "--severity", "critical")
    let shown = try sandbox.run(
      ["show", reference, "--db", sandbox.db], environment: Self.french)
    #expect(shown.status == 0, "\(shown)")
    for text in [
      "Dossier \(reference) — évalué — gravité critique (évaluée)",
      "Juridiction : tj93008", "Nature :      menace",
      "Canal :       réseau social", "Personnes :",
      "magistrat du siège", "Historique de \(reference) :",
      "évalué critique", "Identités masquées",
    ] {
      #expect(shown.stdout.contains(text), "'\(text)' missing:\n\(shown)")
    }
    #expect(
      shown.stdout.firstMatch(
        of: /Signalé : +le \d{1,2}(er)? [a-zéû]+ \d{4} à \d{1,2} h \d{2}/)
        != nil, "\(shown)")
    #expect(!shown.stdout.contains("threat"), "\(shown)")
  }
}

extension FrenchInterfaceTests {
  @Test("a notice's --kinds are read by their French names too")
  func noticeKindsInFrench() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report(
      extra: ["--kind", "doxxing", "--platform", "x"])
    try sandbox.succeed(
      "measure", "request", reference, "--kind", "retrait de contenu",
      "--authority", "X")
    let drafted = try sandbox.run([
      "notice", "draft", "M-000001", "--url", "https://x.com/a/status/1",
      "--notifier", "Délégué Fictif", "--email", "delegue@example.org",
      "--channel", "platform_form", "--kinds", "Menace, divulgation",
      "--db", sandbox.db,
    ])
    #expect(drafted.status == 0, "\(drafted)")
    let refused = try sandbox.run([
      "notice", "draft", "M-000001", "--url", "https://x.com/a/status/2",
      "--notifier", "Délégué Fictif", "--email", "delegue@example.org",
      "--channel", "platform_form", "--kinds", "menase", "--db", sandbox.db,
    ])
    #expect(refused.status == 64, "\(refused)")
    #expect(refused.stderr.contains("unknown kind 'menase'"), "\(refused)")
  }
}

extension FrenchInterfaceTests {
  @Test(
    "a French --help page has French headings too, not ArgumentParser's English"
  )
  func frenchHelpHeadings() throws {
    let sandbox = try Sandbox()
    for arguments in [["list", "--help"], ["help", "list"]] {
      let help = try sandbox.run(arguments, environment: Self.french)
      #expect(help.status == 0, "\(help)")
      for text in [
        "PRÉSENTATION :", "UTILISATION :", "OPTIONS :", "Affiche l'aide.",
      ] {
        #expect(help.stdout.contains(text), "'\(text)': \(help)")
      }
      #expect(!help.stdout.contains("OVERVIEW"), "\(help)")
      #expect(!help.stdout.contains("(default:"), "\(help)")
    }
    let english = try sandbox.run(["list", "--help"])
    #expect(english.stdout.hasPrefix("OVERVIEW:"), "\(english)")
  }
}
