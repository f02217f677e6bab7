/// A word or phrase that decisions put next to a name to say who the
/// person is in the case.
///
/// Examples: `Président`, `Greffier`, `Ministère public`.
struct RoleLabel: Sendable {
  /// The folded phrase.
  var phrase: String
  /// The role it designates.
  var role: Role
  /// The function it designates, if it is that precise.
  var function: StaffFunction?

  /// The labels, folded.
  static let all: [RoleLabel] = [
    .init(
      phrase: "juge des libertes et de la detention", role: .judge,
      function: .jld),
    .init(phrase: "jld", role: .judge, function: .jld),
    .init(phrase: "juge des enfants", role: .judge, function: .jugeDesEnfants),
    .init(
      phrase: "juge d instruction", role: .judge, function: .jugeInstruction),
    .init(phrase: "juge aux affaires familiales", role: .judge, function: .jaf),
    .init(
      phrase: "juge de l application des peines", role: .judge, function: .jap),
    .init(
      phrase: "juge des contentieux de la protection", role: .judge,
      function: .jugeContentieuxProtection),
    .init(
      phrase: "premier president", role: .judge, function: .premierPresident),
    .init(
      phrase: "premiere presidente", role: .judge, function: .premierPresident),
    .init(phrase: "vice president", role: .judge, function: .vicePresident),
    .init(phrase: "vice presidente", role: .judge, function: .vicePresident),
    .init(phrase: "president", role: .judge, function: .president),
    .init(phrase: "presidente", role: .judge, function: .president),
    .init(phrase: "assesseur", role: .judge),
    .init(phrase: "assesseurs", role: .judge),
    .init(phrase: "conseiller", role: .judge, function: .conseiller),
    .init(phrase: "conseillere", role: .judge, function: .conseiller),
    .init(phrase: "conseillers", role: .judge, function: .conseiller),
    .init(phrase: "juge", role: .judge, function: .juge),
    .init(phrase: "magistrat", role: .judge),
    .init(phrase: "greffier", role: .clerk, function: .greffier),
    .init(phrase: "greffiere", role: .clerk, function: .greffier),
    .init(
      phrase: "directeur de greffe", role: .clerk, function: .directeurGreffe),
    .init(phrase: "ministere public", role: .prosecutor),
    .init(phrase: "procureur", role: .prosecutor, function: .procureur),
    .init(phrase: "procureure", role: .prosecutor, function: .procureur),
    .init(phrase: "substitut", role: .prosecutor, function: .substitut),
    .init(
      phrase: "avocat general", role: .prosecutor, function: .avocatGeneral),
    .init(
      phrase: "avocate generale", role: .prosecutor, function: .avocatGeneral),
  ]

  /// The label nearest to the end of `folded` (a folded text before a
  /// name), the longest when two end at the same place.
  static func last(in folded: String) -> RoleLabel? {
    let words = split(folded)
    var best: (end: Int, length: Int, label: RoleLabel)?
    for (label, phrase) in zip(all, phrases) {
      guard phrase.count <= words.count else { continue }
      for start in stride(from: words.count - phrase.count, through: 0, by: -1)
      where words[start..<(start + phrase.count)].elementsEqual(phrase) {
        let end = start + phrase.count
        let better = best.map {
          end > $0.end || (end == $0.end && phrase.count > $0.length)
        }
        if better ?? true { best = (end, phrase.count, label) }
        break
      }
    }
    return best?.label
  }

  /// The label at the very start of `folded` (a folded text after a name:
  /// `, présidente`), if any.
  static func first(in folded: String) -> RoleLabel? {
    let words = split(folded)
    return zip(all, phrases).filter { _, phrase in
      phrase.count <= words.count
        && words[0..<phrase.count].elementsEqual(phrase)
    }.map(\.0).max { $0.phrase.count < $1.phrase.count }
  }

  /// The words of each label's phrase, in the order of ``all``.
  static let phrases: [[String]] = all.map {
    $0.phrase.split(separator: " ").map(String.init)
  }

  /// The words of a folded text, punctuation dropped.
  static func split(_ folded: String) -> [String] {
    folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}
