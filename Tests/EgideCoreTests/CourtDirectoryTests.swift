import Foundation
import Testing

@testable import EgideCore

/// The embedded reference list of courts and how users name a court.
@Suite("Court directory")
struct CourtDirectoryTests {
  let directory = CourtDirectory.shared

  @Test("the directory holds the courts of Reference/jurisdictions.csv")
  func counts() {
    // Counted in Reference/jurisdictions.csv: 1 CC, 36 CA, 164 TJ, 1 TSA,
    // 4 overseas courts of first instance, 1 CE, 9 CAA, 42 TA.
    let courts = directory.courts
    func count(_ kind: Court.Kind) -> Int {
      courts.filter { $0.kind == kind }.count
    }
    #expect(count(.tribunal) == 164)
    #expect(count(.appeal) == 36)
    #expect(count(.cassation) == 1)
    #expect(count(.superiorAppeal) == 1)
    #expect(count(.firstInstance) == 4)
    #expect(count(.councilOfState) == 1)
    #expect(count(.administrativeAppeal) == 9)
    #expect(count(.administrative) == 42)
    #expect(courts.count == 258)
    #expect(Set(courts.map(\.code)).count == courts.count)
  }

  @Test("every tribunal judiciaire appeals to a cour d'appel of the list")
  func tribunalsHaveAppealCourts() {
    for court in directory.courts where court.kind == .tribunal {
      let appeal = court.appealCourtCode.flatMap { directory.court(code: $0) }
      #expect(appeal?.kind == .appeal, "\(court)")
    }
  }

  @Test("every other lower court has a parent of the right tier")
  func otherParents() {
    for court in directory.courts {
      let parent = court.parentCode.flatMap { directory.court(code: $0) }
      switch court.kind {
      case .administrative:
        #expect(parent?.kind == .administrativeAppeal, "\(court)")
      case .firstInstance:
        #expect(
          parent?.kind == .appeal || parent?.kind == .superiorAppeal,
          "\(court)")
      case .cassation, .councilOfState, .appeal, .administrativeAppeal,
        .superiorAppeal:
        #expect(court.parentCode == nil, "\(court)")
      case .tribunal: break
      }
    }
  }

  @Test("every cour d'appel has at least one court of first instance")
  func appealCourtsHaveTribunals() {
    // Nouméa and Papeete have tribunaux de première instance, not TJs.
    for court in directory.courts where court.kind == .appeal {
      let lower = directory.district(of: court).filter {
        $0.kind == .tribunal || $0.kind == .firstInstance
      }
      #expect(!lower.isEmpty, "\(court)")
    }
  }

  @Test("tj93008 and Bobigny are the same court, in the Paris district")
  func bobigny() throws {
    let byCode = try directory.resolve("tj93008")
    let byName = try directory.resolve("Bobigny")
    #expect(byCode == byName)
    #expect(byCode.name == "Tribunal judiciaire de Bobigny")
    #expect(byCode.kind == .tribunal)
    #expect(byCode.appealCourtCode == "ca_paris")
    #expect(byCode.description == "tj93008 (Tribunal judiciaire de Bobigny)")
  }

  @Test(
    "case, accents, spaces and hyphens are folded",
    arguments: [
      "bobigny", "BOBIGNY", "  Bobigny ", "TJ93008", "tj bobigny",
      "Tribunal judiciaire de Bobigny", "tribunal  JUDICIAIRE de bobigny",
    ])
  func folding(input: String) throws {
    #expect(try directory.resolve(input).code == "tj93008")
  }

  @Test(
    "accented and hyphenated names resolve either way",
    arguments: [
      ("Créteil", "tj94028"), ("creteil", "tj94028"), ("Évry", "tj91228"),
      ("evry", "tj91228"), ("Digne-les-Bains", "tj04070"),
      ("digne les bains", "tj04070"), ("Tribunal judiciaire d'Évry", "tj91228"),
      ("Tribunal judiciaire d’Évry", "tj91228"),
      ("Cour d'appel de Douai", "ca_douai"), ("ca_paris", "ca_paris"),
      ("Tribunal judiciaire des Sables-d'Olonne", "tj85194"),
    ])
  func accents(input: String, code: String) throws {
    #expect(try directory.resolve(input).code == code)
  }

  @Test(
    "Saint-Denis de la Réunion is found in every spelling",
    arguments: [
      "TJ Saint-Denis de la Réunion", "tj saint denis de la reunion",
      "TJ SAINT-DENIS DE LA RÉUNION", "tj Saint-Denis de La Réunion",
      "Tribunal judiciaire de Saint-Denis de la Réunion",
      "tribunal judiciaire de saint-denis de la reunion",
    ])
  func saintDenis(input: String) throws {
    #expect(try directory.resolve(input).code == "tj97411")
  }

  @Test("Saint-Denis de la Réunion alone may be the tribunal or the cour")
  func saintDenisAmbiguous() {
    expectDomainError(
      .invalidValue,
      mentioning: ["ambiguous", "tj97411", "ca_st_denis_reunion"]
    ) {
      try directory.resolve("saint-denis de la reunion")
    }
  }

  @Test(
    "a place named by its first words is found: alone if one court bears it, else every court it may be"
  )
  func firstWordsOfAPlace() throws {
    expectDomainError(
      .invalidValue,
      mentioning: [
        "'Saint-Denis'", "ambiguous", "tj97411", "ca_st_denis_reunion",
      ]
    ) {
      try directory.resolve("Saint-Denis")
    }
    #expect(try directory.resolve("TJ Saint-Denis").code == "tj97411")
    #expect(try directory.resolve("tj saint pierre").code == "tj97416")
    // Saint-Pierre is a place of its own, and the first words of two more.
    expectDomainError(
      .invalidValue,
      mentioning: [
        "tsa_saint_pierre", "tpi_saint_pierre", "tj97416",
        "ta_saint_pierre_et_miquelon",
      ]
    ) {
      try directory.resolve("Saint-Pierre")
    }
    // A whole word only: "Saint" alone names no place.
    expectDomainError(.invalidValue, mentioning: ["unknown court 'Sain'"]) {
      try directory.resolve("Sain")
    }
  }

  @Test("Paris is ambiguous and the error lists every Paris court")
  func parisAmbiguous() {
    expectDomainError(
      .invalidValue,
      mentioning: [
        "'Paris'", "ambiguous", "tj75056", "ca_paris", "ta_paris",
        "caa_paris", "give the code",
      ]
    ) {
      try directory.resolve("Paris")
    }
  }

  @Test(
    "a tier prefix picks one court out of an ambiguous place",
    arguments: [
      ("TJ Paris", "tj75056"), ("CA Paris", "ca_paris"),
      ("TA Paris", "ta_paris"), ("CAA Paris", "caa_paris"),
      ("ca douai", "ca_douai"), ("TJ Lyon", "tj69123"),
      ("TSA Saint-Pierre", "tsa_saint_pierre"),
    ])
  func prefixed(input: String, code: String) throws {
    let court = try directory.resolve(input)
    #expect(court.code == code)
  }

  /// The town of a court as people write it, from its official name:
  /// `Cour d'appel d'Agen` → `Agen`; `nil` for a town whose name starts
  /// with an article (`du Havre`, `de La Rochelle`), tested apart.
  static func town(of court: Court, institution: String) -> String? {
    let rest = court.name.dropFirst(institution.count + 1)
    for particle in ["de ", "d'"] where rest.hasPrefix(particle) {
      let town = rest.dropFirst(particle.count)
      let article = ["La ", "Le ", "Les ", "L'"].contains {
        town.hasPrefix($0)
      }
      return article ? nil : String(town)
    }
    return nil
  }

  @Test("every cour d'appel is found as 'CA' and its town")
  func everyAppealCourtByTown() {
    for court in directory.courts where court.kind == .appeal {
      guard let town = Self.town(of: court, institution: "Cour d'appel")
      else {
        Issue.record("no town in \(court.name)")
        continue
      }
      let input = "CA " + town
      #expect((try? directory.resolve(input)) == court, "\(input)")
    }
  }

  @Test("every tribunal judiciaire is found as 'TJ' and its town")
  func everyTribunalByTown() {
    var checked = 0
    for court in directory.courts where court.kind == .tribunal {
      guard
        let town = Self.town(of: court, institution: "Tribunal judiciaire")
      else { continue }
      let input = "TJ " + town
      #expect((try? directory.resolve(input)) == court, "\(input)")
      checked += 1
    }
    // All but the six towns with an article: Le Mans, Le Havre, Le
    // Puy-en-Velay, Les Sables-d'Olonne, La Rochelle, La Roche-sur-Yon.
    #expect(checked == 158)
  }

  @Test("a preferred kind picks one court out of an ambiguous name")
  func preferring() throws {
    let ressort: Set<Court.Kind> = [.appeal, .superiorAppeal]
    #expect(
      try directory.resolve("Douai", preferring: ressort).code == "ca_douai")
    #expect(
      try directory.resolve("Paris", preferring: ressort).code == "ca_paris")
    // A single match is kept even if it is not of a preferred kind.
    #expect(
      try directory.resolve("Bobigny", preferring: ressort).code == "tj93008")
    // Two preferred candidates are still ambiguous.
    expectDomainError(.invalidValue, mentioning: ["ambiguous", "caa_paris"]) {
      try directory.resolve(
        "Paris", preferring: [.appeal, .administrativeAppeal])
    }
  }

  @Test("every cour d'appel is found as a ressort by its town alone")
  func everyAppealCourtAsRessort() {
    for court in directory.courts where court.kind == .appeal {
      guard let town = Self.town(of: court, institution: "Cour d'appel")
      else { continue }
      let found = try? directory.resolve(
        town, field: "ressort", preferring: [.appeal, .superiorAppeal])
      #expect(found == court, "\(town) gave \(found?.code ?? "nothing")")
    }
  }

  @Test(
    "a town whose name starts with an article is found by its full name",
    arguments: [
      ("La Rochelle", "tj17300"), ("La Roche-sur-Yon", "tj85191"),
      ("Le Havre", "tj76351"), ("Le Mans", "tj72181"),
      ("Les Sables-d'Olonne", "tj85194"), ("le puy en velay", "tj43157"),
    ])
  func townsWithArticles(input: String, code: String) throws {
    #expect(try directory.resolve(input).code == code)
  }

  @Test(
    "overseas courts of first instance are found as 'TPI' and their town",
    arguments: [
      ("TPI Nouméa", "tj98818"), ("TPI Papeete", "tj98735"),
      ("TPI Mata-Utu", "tj98613"), ("TPI Saint-Pierre", "tpi_saint_pierre"),
    ])
  func firstInstance(input: String, code: String) throws {
    #expect(try directory.resolve(input).code == code)
  }

  @Test("a town with a tribunal and a cour is ambiguous, whatever its name")
  func agenAmbiguousLikeParis() {
    // Agen has both a tribunal judiciaire and a cour d'appel, like Paris.
    expectDomainError(
      .invalidValue, mentioning: ["ambiguous", "tj47001", "ca_agen"]
    ) {
      try directory.resolve("Agen")
    }
  }

  @Test("an unknown court suggests the nearest one")
  func unknownWithSuggestion() {
    expectDomainError(
      .invalidValue,
      mentioning: ["unknown court 'Bobgny'", "did you mean tj93008"]
    ) {
      try directory.resolve("Bobgny")
    }
  }

  @Test("a far-off name is unknown without a suggestion")
  func unknownWithoutSuggestion() throws {
    let error = expectDomainError(
      .invalidValue, mentioning: ["unknown", "'Xqzwvkjh Ploughtonbury'"]
    ) {
      try directory.resolve("Xqzwvkjh Ploughtonbury")
    }
    #expect(error?.message.contains("did you mean") == false)
  }

  @Test("the field name given is used in the message")
  func fieldName() {
    expectDomainError(.invalidValue, mentioning: ["--court", "Atlantide"]) {
      try directory.resolve("Atlantide", field: "--court")
    }
  }

  @Test("an empty court is refused")
  func empty() {
    expectDomainError(.invalidValue, mentioning: ["court is empty"]) {
      try directory.resolve("   ")
    }
  }

  @Test("codes are looked up without regard to case")
  func codeLookup() {
    #expect(
      directory.court(code: "TJ75056")?.name == "Tribunal judiciaire de Paris")
    #expect(directory.court(code: "tj00000") == nil)
  }

  @Test("the Paris district holds its nine tribunals and the cour itself")
  func parisDistrict() throws {
    let paris = try #require(directory.court(code: "ca_paris"))
    let district = directory.district(of: paris)
    #expect(
      Set(district.map(\.code)) == [
        "ca_paris", "tj89024", "tj91228", "tj93008", "tj94028", "tj77186",
        "tj77284", "tj77288", "tj75056", "tj89387",
      ])
  }

  @Test("appeal court codes follow the tier of the court")
  func appealCourtCode() {
    let cases: [(Court.Kind, String?, String?)] = [
      (.cassation, nil, nil), (.councilOfState, nil, nil),
      (.appeal, nil, "self"), (.superiorAppeal, nil, "self"),
      (.administrativeAppeal, nil, "self"), (.tribunal, "ca_x", "ca_x"),
      (.firstInstance, "ca_y", "ca_y"), (.administrative, "caa_z", "caa_z"),
    ]
    for (kind, parent, expected) in cases {
      let court = Court(
        code: "self", name: "Juridiction fictive", kind: kind,
        parentCode: parent)
      #expect(court.appealCourtCode == expected, "\(kind)")
      #expect(
        court.isAdministrative
          == [.councilOfState, .administrativeAppeal, .administrative]
          .contains(kind))
    }
  }

  @Test("a directory can be built from any reference CSV")
  func customCSV() throws {
    let csv = """
      code,name,kind,parent_code,calendar,source
      ca_nulle,"Cour d'appel de Nulle-Part",CA,,metropolitan,"fiction, vol. 1"
      tj00001,Tribunal judiciaire de Nulle-Part,TJ,ca_nulle,martinique,fiction
      xx1,Juridiction inconnue,ZZ,,metropolitan,fiction
      xx2,Juridiction sans calendrier,TJ,ca_nulle,atlantide,fiction
      """
    let directory = CourtDirectory(csv: csv)
    #expect(directory.courts.map(\.code) == ["ca_nulle", "tj00001"])
    #expect(directory.court(code: "tj00001")?.calendar == .martinique)
    let court = try directory.resolve("TJ nulle part")
    #expect(court.appealCourtCode == "ca_nulle")
    #expect(
      directory.court(code: "ca_nulle")?.name == "Cour d'appel de Nulle-Part")
  }
}
