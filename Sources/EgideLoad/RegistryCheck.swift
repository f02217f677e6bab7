import Foundation
import NIOHTTP1

/// Checks through the API, once the load has stopped, that every report
/// answered 201 is in the registry, whole, and listed once.
struct RegistryCheck {
  let api: APIClient
  /// The court the reports went to.
  let court: String
  /// The day (`YYYY-MM-DD`) on or after which the reports were made.
  let since: String
  /// How many requests to have in flight at once.
  let concurrency: Int

  /// The check of `acknowledged`.
  func run(_ acknowledged: [String]) async -> AcknowledgementCheck {
    var problems: [String] = []
    let distinct = Set(acknowledged)
    let shown = await showEach(Array(distinct), problems: &problems)
    let (listed, listedTwice) = await listCourt(problems: &problems)
    let missing = distinct.subtracting(listed.keys)
    if let first = missing.sorted().first {
      problems.append(
        "\(missing.count) acknowledged case(s) not listed, such as \(first)")
    }
    return AcknowledgementCheck(
      acknowledged: acknowledged.count,
      acknowledgedTwice: acknowledged.count - distinct.count,
      shown: shown, missingFromList: missing.count, listedTwice: listedTwice,
      listed: listed.count, problems: Array(problems.prefix(10)))
  }

  /// Shows each case, `concurrency` at a time; returns how many answered
  /// 200 with their own reference.
  private func showEach(_ references: [String], problems: inout [String])
    async -> Int
  {
    let api = self.api
    var shown = 0
    var next = references.makeIterator()
    await withTaskGroup(of: (String, APIClient.Answer).self) { group in
      func enqueue() -> Bool {
        guard let reference = next.next() else { return false }
        group.addTask {
          (reference, await api.send(.GET, "/v1/cases/\(reference)"))
        }
        return true
      }
      for _ in 0..<concurrency where !enqueue() { break }
      while let (reference, answer) = await group.next() {
        _ = enqueue()
        let shownReference =
          (try? JSONDecoder().decode(ShownCase.self, from: answer.body))?
          .reference
        if answer.status == 200 && shownReference == reference {
          shown += 1
        } else if problems.count < 10 {
          problems.append(
            "show \(reference) → \(answer.status) \(answer.failure ?? String(decoding: answer.body.prefix(200), as: UTF8.self))"
          )
        }
      }
    }
    return shown
  }

  /// Every case of the court reported since the run's day, in every
  /// status, paged with the list's cursor; with how many references came
  /// twice.
  private func listCourt(problems: inout [String]) async -> (
    [String: Int], Int
  ) {
    var counts: [String: Int] = [:]
    var cursor: String?
    repeat {
      var path =
        "/v1/cases?courts=\(court)&all=true&since=\(since)&sort=reference&limit=1000"
      if let cursor { path += "&cursor=\(cursor)" }
      let answer = await api.send(.GET, path)
      guard answer.status == 200,
        let page = try? JSONDecoder().decode(ListedPage.self, from: answer.body)
      else {
        problems.append(
          "list → \(answer.status) \(answer.failure ?? String(decoding: answer.body.prefix(200), as: UTF8.self))"
        )
        break
      }
      for entry in page.cases { counts[entry.reference, default: 0] += 1 }
      cursor = page.nextCursor
    } while cursor != nil
    let twice = counts.values.count { $0 > 1 }
    if twice > 0 { problems.append("\(twice) reference(s) listed twice") }
    return (counts, twice)
  }
}

/// The part of a shown case the check reads.
struct ShownCase: Decodable {
  /// The case's reference.
  var reference: String
}

/// The part of a page of the list the check reads.
struct ListedPage: Decodable {
  /// One case of the page.
  struct Entry: Decodable {
    /// The case's reference.
    var reference: String
  }

  /// The cases of the page.
  var cases: [Entry]
  /// Where the next page starts; nil on the last.
  var nextCursor: String?
}
