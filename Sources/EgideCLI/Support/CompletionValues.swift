import ArgumentParser
import EgideCore
import EgideService

/// The values shell completion offers beyond the closed lists of
/// ``DomainValue``: the courts of the reference list, and the references
/// of the cases the user may see, asked of the registry the command line
/// names (its `--db`, `--server` and `--actor`, else the environment and
/// the configuration file), within the user's scope.
enum CompletionValues {
  /// Every court code, then the cours d'appel.
  static var courts: CompletionKind {
    .list(CourtDirectory.shared.courts.map(\.code))
  }

  /// The references of the cases the user sees, the open ones first.
  static var caseReferences: CompletionKind {
    .custom { words, _, prefix in references(words: words, prefix: prefix) }
  }

  /// The references matching `prefix` among the cases the registry the
  /// words name lets the user see; none when it cannot be read (no
  /// registry, no user, no key): completion never fails aloud.
  static func references(words: [String], prefix: String) -> [String] {
    let options = ["--db", "--server", "--actor", "--ca-cert"]
    var given: [String] = []
    for (index, word) in words.enumerated() where options.contains(word) {
      if index + 1 < words.count { given += [word, words[index + 1]] }
    }
    guard let registry = try? RegistryOptions.parse(given),
      let client = try? registry.client(),
      let list = try? client.send(
        ListCases(filters: CaseFilters(all: true), limit: 500))
    else { return [] }
    return list.cases.map(\.reference).filter { $0.hasPrefix(prefix) }
  }
}
