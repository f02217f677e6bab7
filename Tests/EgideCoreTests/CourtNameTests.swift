import Testing

@testable import EgideCore

/// Court names as users write them: with the link word, by a tribunal's
/// former name, by a chambre de proximité, and within their scope.
@Suite("Court names as users write them")
struct CourtNameTests {
  let directory = CourtDirectory.shared

  @Test(
    "a court named with its link word, its abbreviation or its former name is found",
    arguments: [
      ("TJ de Paris", "tj75056"), ("TJ de Metz", "tj57463"),
      ("CA de Douai", "ca_douai"), ("CA d'Aix-en-Provence", "ca_aix_provence"),
      ("TPI de Papeete", "tj98735"), ("TGI de Bobigny", "tj93008"),
      ("Tribunal de grande instance de Bobigny", "tj93008"),
      ("TJ du Havre", "tj76351"), ("TJ de La Rochelle", "tj17300"),
      ("TJ des Sables-d'Olonne", "tj85194"), ("TJ de Saint-Étienne", "tj42218"),
      ("TJ Saint-Etienne", "tj42218"), ("TA de Lille", "ta_lille"),
    ])
  func linkWordsAndFormerNames(input: String, code: String) throws {
    #expect(try directory.resolve(input).code == code, "\(input)")
  }

  @Test(
    "a chambre de proximité or section détachée gives the tribunal it belongs to (COJ L212-8)",
    arguments: [
      ("Condom", "tj32013"), ("Chambre de proximité de Condom", "tj32013"),
      ("Tribunal de proximité de Condom", "tj32013"),
      ("tj47157", "tj47001"), ("Marmande", "tj47001"),
      ("Section détachée de Koné", "tj98818"), ("Nuku-Hiva", "tj98735"),
      ("La Flèche", "tj72181"),
      ("Tribunal de proximité de La Flèche", "tj72181"),
      ("Le Creusot", "tj71076"),
      ("Tribunal de proximité du Creusot", "tj71076"),
    ])
  func chambresDeProximite(input: String, code: String) throws {
    #expect(try directory.resolve(input).code == code, "\(input)")
  }

  @Test("every chambre of the reference list belongs to a tribunal judiciaire")
  func chambersBelongToTribunals() {
    #expect(directory.chambers.count == 129)
    for chamber in directory.chambers {
      let tribunal = directory.court(code: chamber.tribunalCode)
      #expect(
        tribunal?.kind == .tribunal || tribunal?.kind == .firstInstance,
        "\(chamber.name)")
    }
  }

  @Test("reference names carry their accents")
  func accents() {
    #expect(
      directory.court(code: "tj42218")?.name
        == "Tribunal judiciaire de Saint-Étienne")
    #expect(
      directory.court(code: "tj51108")?.name
        == "Tribunal judiciaire de Châlons-en-Champagne")
  }

  @Test(
    "a name two courts share means the one of the user's scope, naming the other"
  )
  func scopeChooses() throws {
    expectDomainError(
      .invalidValue, mentioning: ["ambiguous", "tj59350", "ta_lille"]
    ) {
      _ = try directory.resolve("Lille")
    }
    let match = try directory.match(
      "Lille", inScope: { $0.appealCourtCode == "ca_douai" })
    #expect(match.court.code == "tj59350")
    #expect(match.alsoMeant.map(\.code) == ["ta_lille"])
    // Outside any scope, or with both in it, it stays ambiguous.
    #expect(throws: DomainError.self) {
      _ = try directory.match("Lille", inScope: { _ in true })
    }
  }
}
