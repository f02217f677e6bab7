import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// The publication ledger as stored: recorded whole or not at all,
/// superseded once, never edited or deleted.
@Suite("The publication ledger")
struct PublicationLedgerTests {
  static func record(_ period: String, hidden: Bool = false)
    -> PublicationRecord
  {
    PublicationRecord(
      period: period, unit: "month",
      publishedAt: Date(timeIntervalSince1970: 1_796_000_000), minimumCount: 11,
      digest: PublicationRecord.digest(of: "document \(period)"), format: "md",
      relations: [
        "=\t0\t1 \(period)/new.judicial\t1 \(period)/new.administrative\t-1 \(period)/new"
      ],
      figures: [
        .init(
          figure: "\(period)/new", kind: "count", isHidden: false, value: 40),
        .init(
          figure: "\(period)/new.judicial", kind: "count", isHidden: hidden,
          value: hidden ? nil : 38),
      ])
  }

  @Test("A publication reads back as recorded, and supersedes the ones named")
  func recordsAndSupersedes() throws {
    try withRegistry { registry in
      try registry.recordPublication { ledger in
        #expect(ledger.isEmpty)
        return (Self.record("2026-10"), [], ())
      }
      try registry.recordPublication { ledger in
        (Self.record("2026-10", hidden: true), [ledger[0].id ?? 0], ())
      }
      let ledger = try registry.publications()
      #expect(ledger.count == 2)
      #expect(ledger[0].supersededBy == ledger[1].id)
      #expect(ledger[1].supersededBy == nil)
      var expected = Self.record("2026-10", hidden: true)
      expected.id = ledger[1].id
      #expect(ledger[1] == expected)
    }
  }

  @Test("A check that throws leaves the ledger as it was")
  func refusalWritesNothing() throws {
    struct Refused: Error {}
    try withRegistry { registry in
      #expect(throws: Refused.self) {
        try registry.recordPublication {
          _ -> (PublicationRecord?, [Int64], Void) in
          throw Refused()
        }
      }
      let nothing: Void = try registry.recordPublication { _ in (nil, [], ()) }
      _ = nothing
      #expect(try registry.publications().isEmpty)
    }
  }

  @Test(
    "Published figures and publications are never edited or deleted, and a publication is superseded once",
    arguments: [
      "DELETE FROM published_figures",
      "UPDATE published_figures SET value = 41",
      "UPDATE published_figures SET hidden = 1, value = NULL",
      "DELETE FROM publications",
      "UPDATE publications SET digest = '\(String(repeating: "0", count: 64))'",
      "UPDATE publications SET superseded_by = 3 WHERE superseded_by IS NOT NULL",
    ])
  func neverEdited(statement: String) throws {
    try withRegistry { registry in
      try registry.recordPublication { _ in (Self.record("2026-10"), [], ()) }
      try registry.recordPublication { ledger in
        (Self.record("2026-10"), [ledger[0].id ?? 0], ())
      }
      try registry.recordPublication { _ in (Self.record("2026-11"), [], ()) }
      let before = try registry.publications()
      #expect(throws: (any Error).self) {
        try registry.write { db in try db.execute(sql: statement) }
      }
      #expect(try registry.publications() == before)
    }
  }
}
