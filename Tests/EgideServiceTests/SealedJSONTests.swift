import EgideService
import EgideStore
import Foundation
import Testing

/// Égide's JSON writes a value not revealed as `null` with `"sealed": true`
/// in the object that holds it, and a client reads it back as it was.
@Suite("Sealed values in JSON")
struct SealedJSONTests {
  /// A document as the service builds it before writing.
  static let document: JSONValue = .object([
    "reference": .string("2026-0001"),
    "summary": .string(IdentityVault.concealed),
    "authors": .array([.string(IdentityVault.concealed), .string("@visible")]),
    "people": .array([
      .object([
        "id": .string("P-000001"), "name": .string(IdentityVault.concealed),
      ]),
      .object(["id": .string("P-000002"), "name": .string("Shown NAME")]),
    ]),
    "kinds": .array([.string("threat")]),
  ])

  @Test(
    "a sealed value is null, its object says sealed, and nothing else changes")
  func sealedIsNull() throws {
    let written = Self.document.sealedAsNull()
    guard case .object(let fields) = written else {
      Issue.record("not an object")
      return
    }
    #expect(fields["summary"] == .null)
    #expect(fields["sealed"] == .bool(true))
    #expect(fields["authors"] == .array([.null, .string("@visible")]))
    #expect(fields["kinds"] == .array([.string("threat")]))
    guard case .array(let people) = fields["people"] else {
      Issue.record("no people")
      return
    }
    #expect(
      people[0]
        == .object([
          "id": .string("P-000001"), "name": .null, "sealed": .bool(true),
        ]))
    #expect(
      people[1]
        == .object(["id": .string("P-000002"), "name": .string("Shown NAME")]))
    let text = String(
      decoding: try JSONOutput.data(Self.document), as: UTF8.self)
    #expect(!text.contains(IdentityVault.concealed))
  }

  @Test("a client reads the written JSON back into the document it was")
  func roundTrip() throws {
    #expect(Self.document.sealedAsNull().sealedAsMarker() == Self.document)
  }
}
