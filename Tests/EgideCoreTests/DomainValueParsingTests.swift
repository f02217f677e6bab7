import Foundation
import Testing

@testable import EgideCore

/// Parsing the closed lists users type values from: case, spaces, hyphens
/// and accents are folded; an unknown value gets a one-line message.
@Suite("Domain value parsing")
struct DomainValueParsingTests {
  @Test(
    "measure statuses are read whatever the case, spaces or hyphens",
    arguments: [
      "in_place", "IN_PLACE", "In Place", "in-place", "  in   place  ",
      "In-Place", "in place\t",
    ])
  func measureStatusFolding(input: String) throws {
    #expect(try MeasureStatus.parse(input) == .inPlace)
  }

  @Test("values of every list are read from their folded forms")
  func otherLists() throws {
    #expect(try IncidentKind.parse("Property Damage") == .propertyDamage)
    #expect(try IncidentKind.parse("open-data-exposure") == .openDataExposure)
    #expect(try IncidentKind.parse("THREAT") == .threat)
    #expect(try EscalationLevel.parse("Head of court") == .headOfCourt)
    #expect(try StaffFunction.parse("JUGE DES ENFANTS") == .jugeDesEnfants)
    #expect(try StaffFunction.parse("Procureur Général") == .procureurGeneral)
    #expect(try StaffFunction.parse("attaché justice") == .attacheJustice)
    #expect(try RoleCategory.parse("Siège") == .siege)
    #expect(try Channel.parse("social network") == .socialNetwork)
    #expect(try Platform.parse("X") == .x)
    #expect(try Severity.parse(" Critical ") == .critical)
    #expect(try RiskFactor.parse("Death-Threat") == .deathThreat)
    #expect(try ClosureReason.parse("Duplicate") == .duplicate)
    #expect(try CaseStatus.parse("Monitored") == .monitored)
    #expect(try Role.parse("Prosecutor") == .prosecutor)
    #expect(
      try MeasureKind.parse("statutory protection") == .statutoryProtection)
  }

  @Test("every raw value parses back to itself")
  func rawValuesRoundTrip() throws {
    func check<T: DomainValue>(_: T.Type) throws {
      for value in T.allCases {
        #expect(try T.parse(value.rawValue) == value)
        #expect(try T.parse(value.rawValue.uppercased()) == value)
      }
      #expect(T.acceptedValues == T.allCases.map(\.rawValue))
      #expect(Set(T.acceptedValues).count == T.allCases.count)
    }
    try check(IncidentKind.self)
    try check(Channel.self)
    try check(Platform.self)
    try check(Severity.self)
    try check(RiskFactor.self)
    try check(Role.self)
    try check(RoleCategory.self)
    try check(StaffFunction.self)
    try check(MeasureKind.self)
    try check(MeasureStatus.self)
    try check(EscalationLevel.self)
    try check(ClosureReason.self)
    try check(CaseStatus.self)
  }

  @Test("a near miss names the field, the value, the list and a suggestion")
  func nearMiss() {
    let error = expectDomainError(
      .invalidValue,
      mentioning: [
        "kind", "'thret'",
        "accepted: "
          + IncidentKind.acceptedValues.joined(
            separator: ", "),
        "did you mean 'threat'",
      ]
    ) {
      try IncidentKind.parse("thret")
    }
    #expect(error?.message.contains("\n") == false)
  }

  @Test(
    "near misses suggest the intended value",
    arguments: [
      ("harasment", "harassment"), ("doxing", "doxxing"),
      ("cyberharassement", "cyberharassment"), ("asault", "assault"),
    ])
  func suggestions(input: String, intended: String) {
    expectDomainError(
      .invalidValue, mentioning: ["did you mean '\(intended)'"]
    ) {
      try IncidentKind.parse(input)
    }
  }

  @Test("a prefix of a value is suggested")
  func prefixSuggestion() {
    expectDomainError(
      .invalidValue, mentioning: ["did you mean 'statutory_protection'"]
    ) {
      try MeasureKind.parse("statut")
    }
  }

  @Test("a far-off value gets the list but no suggestion")
  func farOff() {
    let error = expectDomainError(
      .invalidValue, mentioning: ["severity", "'zzzzzzzz'", "low, moderate"]
    ) {
      try Severity.parse("zzzzzzzz")
    }
    #expect(error?.message.contains("did you mean") == false)
  }

  @Test("an empty value is refused without a suggestion")
  func empty() {
    let error = expectDomainError(.invalidValue, mentioning: ["role", "''"]) {
      try Role.parse("")
    }
    #expect(error?.message.contains("did you mean") == false)
  }

  @Test("the field name can be overridden for the message")
  func fieldOverride() {
    expectDomainError(.invalidValue, mentioning: ["unknown --status 'opne'"]) {
      try CaseStatus.parse("opne", field: "--status")
    }
  }

  @Test("each list has the field name users know")
  func fieldNames() {
    #expect(IncidentKind.fieldName == "kind")
    #expect(Severity.fieldName == "severity")
    #expect(Role.fieldName == "role")
    #expect(MeasureStatus.fieldName == "measure status")
    #expect(CaseStatus.fieldName == "status")
  }

  @Test("values encode as their raw value")
  func codable() throws {
    let data = try JSONEncoder().encode([MeasureStatus.partiallyGranted])
    #expect(String(decoding: data, as: UTF8.self) == #"["partially_granted"]"#)
    let back = try JSONDecoder().decode([MeasureStatus].self, from: data)
    #expect(back == [.partiallyGranted])
  }

  @Test("edit distance counts insertions, deletions and substitutions")
  func editDistance() {
    #expect(Suggestion.editDistance("", "") == 0)
    #expect(Suggestion.editDistance("", "abc") == 3)
    #expect(Suggestion.editDistance("abc", "") == 3)
    #expect(Suggestion.editDistance("thret", "threat") == 1)
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    #expect(Suggestion.editDistance("flaw", "lawn") == 2)
  }

  @Test("folding lowercases, strips accents and collapses spaces")
  func fold() {
    #expect(
      Suggestion.fold("  Saint-Denis  de la   RÉUNION ")
        == "saint-denis de la reunion")
    #expect(Suggestion.fold("Évry Créteil") == "evry creteil")
  }

  @Test("each role falls in its statistics category")
  func roleCategories() {
    #expect(Role.judge.category == .siege)
    #expect(Role.prosecutor.category == .parquet)
    #expect(Role.clerk.category == .greffe)
    #expect(Role.staff.category == .otherStaff)
    #expect(Role.trainee.category == .otherStaff)
    #expect(Role.family.category == .family)
  }

  @Test("each incident kind has a French label")
  func incidentKinds() {
    #expect(IncidentKind.threat.frenchLabel == "menace")
    for kind in IncidentKind.allCases {
      #expect(!kind.frenchLabel.isEmpty)
    }
  }
}
