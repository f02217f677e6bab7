import Foundation
import Testing

@testable import EgideCore

@Suite("Exposure scan: finding registered persons in decisions")
struct ExposureMatchingTests {
  static func court(_ code: String) -> Court {
    guard let court = CourtDirectory.shared.court(code: code) else {
      preconditionFailure("court \(code) is missing")
    }
    return court
  }

  static let bobigny = court("tj93008")
  static let lille = court("tj59350")

  static func person(
    _ name: String = "Valézane MIROLIN", role: Role = .judge,
    function: StaffFunction? = nil, court: Court = bobigny
  ) -> TargetedPerson {
    TargetedPerson(
      id: PersonID(12), identity: PersonIdentity(name: name), role: role,
      function: function, court: court, relatedTo: nil)
  }

  static func hits(
    _ text: String, court: Court? = bobigny,
    person: TargetedPerson = person()
  ) -> [ExposureHit] {
    ExposureScanner(decisions: [
      PublishedDecision(source: "d.txt", court: court, text: text)
    ]).hits(for: person)
  }

  @Test("the presiding judge of her own court is a high-confidence hit, masked")
  func presidingJudge() throws {
    let hits = Self.hits(
      "TRIBUNAL JUDICIAIRE DE BOBIGNY\nPrésidente : Mme Valézane MIROLIN, vice-présidente\n"
    )
    let hit = try #require(hits.first)
    #expect(hit.confidence == .high)
    #expect(hit.maskedPassage == "Présidente : Mme █████, vice-présidente")
    #expect(!hit.maskedPassage.localizedCaseInsensitiveContains("mirolin"))
    #expect(hit.reasons.contains("full name"))
    #expect(
      hit.reasons.contains { $0.hasPrefix("decision of the person's court") })
  }

  @Test("case, accents, hyphens, spacing and word order are folded")
  func folding() {
    for text in [
      "Président : VALEZANE   MIROLIN", "Président : Mirolin Valézane",
      "Président : mme valézane mirolin",
    ] {
      #expect(
        Self.hits(text).first?.confidence == .high, "\(text)")
    }
    let hyphenated = Self.person("Anne-Claire DE LA VERNÈDE")
    let hit = Self.hits(
      "Greffier : M. Odon PRAT\nAssesseurs : Mme Anne Claire de la Vernede",
      person: hyphenated
    ).first
    #expect(hit?.confidence == .high)
    #expect(hit?.maskedPassage == "Assesseurs : Mme █████")
  }

  @Test("an initial with the surname and a title are understood and masked")
  func initialsAndTitles() throws {
    let hit = try #require(
      Self.hits("Le greffier\nLa présidente : V. MIROLIN").first)
    #expect(hit.maskedPassage == "La présidente : █████")
    #expect(hit.reasons.contains("initial and surname"))
    let titled = try #require(Self.hits("Président : Madame MIROLIN").first)
    #expect(titled.maskedPassage == "Président : Madame █████")
    #expect(titled.reasons.contains("civility title"))
  }

  @Test("a role and a function named next to the surname make a stronger match")
  func roleAndFunction() throws {
    let jld = Self.person(function: .jld)
    let bare = try #require(
      Self.hits("Vu les observations de M. MIROLIN.", person: jld).first)
    let named = try #require(
      Self.hits(
        "Juge des libertés et de la détention : Mme MIROLIN", person: jld
      ).first)
    #expect(named.score > bare.score)
    #expect(named.confidence == .high)
    #expect(bare.confidence < named.confidence)
  }

  @Test("a homonym with another first name, at another court, is not a hit")
  func homonym() {
    #expect(
      Self.hits(
        "TRIBUNAL JUDICIAIRE DE LILLE\nPrésident : Mme Sidonie MIROLIN",
        court: Self.lille
      ).isEmpty)
    #expect(Self.hits("Le président\nS. MIROLIN").isEmpty)
  }

  @Test("a street, a lawyer and a surname inside another word are not hits")
  func nearMisses() {
    #expect(Self.hits("demeurant 14 rue Mirolin, 93000 Bobigny").isEmpty)
    #expect(Self.hits("représenté par Me Valézane MIROLIN, avocat").isEmpty)
    #expect(Self.hits("représenté par Me MIROLIN, avocat").isEmpty)
    #expect(Self.hits("la société LAMIROLINE et M. MIROLINIER").isEmpty)
  }

  @Test("a bare surname in a decision of another court is not reported")
  func bareSurnameElsewhere() {
    #expect(Self.hits("M. MIROLIN a été entendu", court: Self.lille).isEmpty)
  }

  @Test("a full name broken across two lines is read, not a crash")
  func nameAcrossLines() throws {
    let hit = try #require(
      Self.hits("Présidente : Mme Valézane\nMIROLIN, vice-présidente").first)
    #expect(hit.reasons.contains("full name"))
    #expect(!hit.maskedPassage.localizedCaseInsensitiveContains("valezane"))
  }

  @Test("every mention is counted and the best passage kept")
  func mentions() throws {
    let hit = try #require(
      Self.hits(
        "Président : Mme Valézane MIROLIN\nVu M. MIROLIN\nLe président\nV. MIROLIN"
      ).first)
    #expect(hit.mentions == 3)
    #expect(hit.maskedPassage == "Président : Mme █████")
  }

  @Test("a Judilibre export is read as an object, an array or results")
  func judilibreShapes() throws {
    let object =
      #"{"id": "abc1", "location": "ca_paris", "number": "25/04411", "decision_date": "2027-04-08T00:00:00Z", "text": "Président : X"}"#
    for json in [
      object, "[\(object)]", #"{"total": 1, "results": [\#(object)]}"#,
    ] {
      let decisions = try DecisionReader.read(Data(json.utf8), source: "e.json")
      let decision = try #require(decisions.first)
      #expect(decisions.count == 1)
      #expect(decision.judilibreID == "abc1")
      #expect(decision.court?.code == "ca_paris")
      #expect(decision.number == "25/04411")
      #expect(decision.day == "2027-04-08")
    }
  }

  @Test("a Judilibre decision without text is refused naming the field")
  func judilibreWithoutText() {
    let error = #expect(throws: DomainError.self) {
      try DecisionReader.read(
        Data(#"{"results": [{"id": "x"}]}"#.utf8), source: "e.json")
    }
    #expect(
      error?.message.contains("decision 1 of 'e.json' has no text") == true)
    #expect(throws: DomainError.self) {
      try DecisionReader.read(Data("{not json".utf8), source: "bad.json")
    }
  }

  @Test("plain text gives its court from the header and its RG number")
  func plainText() throws {
    let text =
      "TRIBUNAL JUDICIAIRE DE BOBIGNY\n17e chambre\nN° RG 24/01234 - N° Portalis X\n"
    let decision = try #require(
      try DecisionReader.read(Data(text.utf8), source: "t.txt").first)
    #expect(decision.court?.code == "tj93008")
    #expect(decision.number == "24/01234")
    #expect(decision.reference?.label == "tj93008 n° 24/01234")
  }
}
