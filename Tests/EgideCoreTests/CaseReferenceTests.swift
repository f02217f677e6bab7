import Foundation
import Testing

@testable import EgideCore

/// Case references (`2026-0042`) and prefixed identifiers (`P-000012`).
@Suite("Case references and identifiers")
struct CaseReferenceTests {
  @Test(
    "case references are read with or without leading zeros",
    arguments: [
      ("2026-0042", 2026, 42), ("2026-42", 2026, 42), (" 2026-0042 ", 2026, 42),
      ("2025-1", 2025, 1), ("2026-12345", 2026, 12_345),
    ])
  func parse(input: String, year: Int, sequence: Int) throws {
    let reference = try CaseReference.parse(input)
    #expect(reference == CaseReference(year: year, sequence: sequence))
  }

  @Test(
    "case references are shown with four-digit sequences",
    arguments: [
      (2026, 42, "2026-0042"), (2026, 1, "2026-0001"),
      (2026, 9_999, "2026-9999"), (2026, 12_345, "2026-12345"),
    ])
  func description(year: Int, sequence: Int, shown: String) throws {
    let reference = CaseReference(year: year, sequence: sequence)
    #expect(reference.description == shown)
    #expect(try CaseReference.parse(shown) == reference)
  }

  @Test(
    "malformed case references are refused",
    arguments: [
      "", "2026", "2026-", "-0042", "2026-0", "2026-0000", "26-0042",
      "20260-42", "2026-00-42", "abcd-0042", "2026-abc", "2026-+42",
      "2026 0042", "2026/0042", "2026--42", "+026-0042", "2026-4.2",
      "２０２６-0042",
    ])
  func malformed(input: String) {
    expectDomainError(
      .invalidValue, mentioning: ["'\(input)'", "2026-0042"]
    ) {
      try CaseReference.parse(input)
    }
  }

  @Test("the field name given is used in the message")
  func fieldName() {
    expectDomainError(.invalidValue, mentioning: ["invalid --duplicate-of"]) {
      try CaseReference.parse("x", field: "--duplicate-of")
    }
  }

  @Test("references sort by year then sequence")
  func order() {
    let refs = [
      CaseReference(year: 2026, sequence: 2),
      CaseReference(year: 2025, sequence: 999),
      CaseReference(year: 2026, sequence: 10),
    ]
    #expect(
      refs.sorted().map(\.description) == [
        "2025-0999", "2026-0002", "2026-0010",
      ])
  }

  @Test("a case reference encodes as its text")
  func codable() throws {
    let reference = CaseReference(year: 2026, sequence: 7)
    let data = try JSONEncoder().encode([reference])
    #expect(String(decoding: data, as: UTF8.self) == #"["2026-0007"]"#)
    #expect(
      try JSONDecoder().decode([CaseReference].self, from: data) == [reference])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(
        [CaseReference].self, from: Data(#"["2026"]"#.utf8))
    }
  }

  @Test(
    "prefixed identifiers are read in every accepted form",
    arguments: ["P-000012", "P-12", "p12", "12", " P-12 ", "p-0012", "000012"])
  func personID(input: String) throws {
    #expect(try PersonID.parse(input) == PersonID(12))
  }

  @Test("each identifier has its letter and six digits")
  func identifierDescriptions() throws {
    #expect(PersonID(12).description == "P-000012")
    #expect(MeasureID(3).description == "M-000003")
    #expect(EvidenceID(7).description == "E-000007")
    #expect(PersonID(1_234_567).description == "P-1234567")
    #expect(try MeasureID.parse("m-3") == MeasureID(3))
    #expect(try EvidenceID.parse("E7") == EvidenceID(7))
    for number in [1, 42, 999_999, 1_234_567] {
      let id = MeasureID(number)
      #expect(try MeasureID.parse(id.description) == id)
    }
  }

  @Test(
    "malformed identifiers are refused, naming the field",
    arguments: [
      "", "P-", "P", "P-0", "0", "P--12", "P+12", "P-+12", "P 12", "P-1.5",
      "M-12", "PP-12", "P-12a", "person", "P-99999999999999999999",
    ])
  func malformedPersonID(input: String) {
    expectDomainError(
      .invalidValue, mentioning: ["invalid person", "'\(input)'", "P-000012"]
    ) {
      try PersonID.parse(input)
    }
  }

  @Test("identifiers of other kinds are not accepted as persons")
  func wrongPrefix() {
    expectDomainError(.invalidValue, mentioning: ["measure", "P-3"]) {
      try MeasureID.parse("P-3")
    }
  }

  @Test("identifiers sort by number and encode as their text")
  func identifierOrderAndCoding() throws {
    #expect(PersonID(2) < PersonID(10))
    #expect(
      [MeasureID(5), MeasureID(1)].sorted() == [MeasureID(1), MeasureID(5)])
    let data = try JSONEncoder().encode([EvidenceID(42)])
    #expect(String(decoding: data, as: UTF8.self) == #"["E-000042"]"#)
    #expect(
      try JSONDecoder().decode([EvidenceID].self, from: data) == [
        EvidenceID(42)
      ])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([PersonID].self, from: Data(#"["P-0"]"#.utf8))
    }
  }
}
