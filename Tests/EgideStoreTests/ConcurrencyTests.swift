import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Concurrent writers")
struct ConcurrencyTests {
  @Test("four threads with their own connection report ten cases each")
  func concurrentReports() throws {
    try withRegistryPath { path in
      do { _ = try Registry.create(at: path) }
      let errors = runOnThreads(4) { thread in
        let registry = try Registry.open(at: path)
        for index in 0..<10 {
          let date = StoreFixture.reportedAt.addingTimeInterval(
            TimeInterval(thread * 100 + index))
          _ = try registry.log(
            try StoreFixture.newCase(
              targets: [
                try StoreFixture.judge("Juge Fictive T\(thread)N\(index)")
              ],
              summary: "Rapport fictif \(thread)-\(index)", now: date),
            at: date, by: "Délégué du fil \(thread)")
        }
      }
      #expect(errors == [])
      let registry = try Registry.open(at: path)
      let references = try registry.writer.read { db in
        try String.fetchAll(db, sql: "SELECT reference FROM cases")
      }
      #expect(references.count == 40)
      #expect(
        Set(references)
          == Set(
            (1...40).map { CaseReference(year: 2026, sequence: $0).description }
          ))
      #expect(try registry.count("persons") == 40)
      #expect(try registry.count("events") == 40)
      let counter = try registry.writer.read { db in
        try Int.fetchOne(
          db,
          sql: "SELECT last_sequence FROM reference_counters WHERE year = 2026")
      }
      #expect(counter == 40)
      // Every case reads back with its own target and summary.
      var summaries: Set<String> = []
      for text in references {
        let state = try registry.caseState(try CaseReference.parse(text))
        summaries.insert(state.report.summary)
        let target = try #require(
          try registry.persons(state.report.targets).first)
        let suffix = state.report.summary.replacingOccurrences(
          of: "Rapport fictif ", with: "")
        let parts = suffix.split(separator: "-")
        #expect(target.identity.name == "Juge Fictive T\(parts[0])N\(parts[1])")
      }
      #expect(summaries.count == 40)
    }
  }

  @Test("threads updating the same case each add their event in sequence")
  func concurrentDecisionsOnOneCase() throws {
    try withRegistryPath { path in
      let reference: CaseReference
      do {
        let registry = try Registry.create(at: path)
        reference = try registry.log(try StoreFixture.newCase())
      }
      let errors = runOnThreads(4) { thread in
        let registry = try Registry.open(at: path)
        for index in 0..<5 {
          try registry.decide(reference) {
            try $0.note(
              "Note \(thread)-\(index)", by: "Délégué du fil \(thread)",
              at: StoreFixture.reportedAt.addingTimeInterval(3_600))
          }
        }
      }
      #expect(errors == [])
      let registry = try Registry.open(at: path)
      let state = try registry.caseState(reference)
      #expect(state.events.count == 21)
      #expect(state.events.map(\.sequence) == Array(1...21))
      let row = try registry.writer.read { db in
        try Int.fetchOne(db, sql: "SELECT event_count FROM cases")
      }
      #expect(row == 21)
    }
  }
}
