import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// A registry opened with concurrent reads, as `egide serve` opens it:
/// reads side by side on WAL snapshots, writes in turn, and the same
/// answers as a registry opened for one command.
@Suite("Concurrent reads")
struct ConcurrentReadsTests {
  @Test(
    "a registry opened with concurrent reads answers a read while another is under way"
  )
  func readsRunSideBySide() throws {
    try withRegistryPath { path in
      _ = try Registry.create(at: path)
      let registry = try Registry.open(at: path, concurrentReads: true)
      #expect(registry.writer is DatabasePool)
      let inside = DispatchSemaphore(value: 0)
      let release = DispatchSemaphore(value: 0)
      let firstDone = DispatchSemaphore(value: 0)
      let first = Thread {
        _ = try? registry.read { db in
          inside.signal()
          release.wait()
          return try Int.fetchOne(db, sql: "SELECT count(*) FROM cases")
        }
        firstDone.signal()
      }
      first.start()
      inside.wait()
      // On one connection this read would wait for the first to end.
      let counted = DispatchSemaphore(value: 0)
      let second = Thread {
        _ = try? registry.read { db in
          try Int.fetchOne(db, sql: "SELECT count(*) FROM cases")
        }
        counted.signal()
      }
      second.start()
      let answered = counted.wait(timeout: .now() + 10)
      release.signal()
      #expect(answered == .success)
      if answered != .success { counted.wait() }
      firstDone.wait()
    }
  }

  @Test(
    "a registry opened with concurrent reads writes, reads back and chains as one opened for a command"
  )
  func writesAndReadsBack() throws {
    try withRegistryPath { path in
      _ = try Registry.create(at: path)
      let pooled = try Registry.open(at: path, concurrentReads: true)
      let errors = runOnThreads(4) { thread in
        for index in 0..<5 {
          let date = StoreFixture.reportedAt.addingTimeInterval(
            TimeInterval(thread * 100 + index))
          let reference = try pooled.log(
            try StoreFixture.newCase(
              targets: [try StoreFixture.judge("Juge Fictive P\(thread)")],
              summary: "Rapport fictif \(thread)-\(index)", now: date),
            at: date)
          // A read after the write sees it.
          _ = try pooled.caseState(reference)
        }
      }
      #expect(errors == [])
      #expect(try pooled.count("cases") == 20)
      let single = try Registry.open(at: path)
      #expect(single.writer is DatabaseQueue)
      #expect(try single.count("cases") == 20)
      #expect(try single.verifyChains().isIntact)
    }
  }

  @Test("a read-only registry asked for concurrent reads keeps one connection")
  func readOnlyKeepsOneConnection() throws {
    try withRegistryPath { path in
      _ = try Registry.create(at: path)
      chmod(path, 0o400)
      defer { chmod(path, 0o600) }
      guard access(path, W_OK) != 0 else { return }  // root writes anyway
      let registry = try Registry.open(at: path, concurrentReads: true)
      #expect(registry.writer is DatabaseQueue)
      #expect(try registry.count("cases") == 0)
    }
  }
}
