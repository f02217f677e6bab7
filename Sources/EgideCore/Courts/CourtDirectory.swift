import Foundation

/// The courts Égide knows, from the reference list embedded at build time:
/// it validates every court a user names and knows each tribunal's
/// cour d'appel.
public struct CourtDirectory: Sendable {
  /// The directory built from the embedded reference list.
  public static let shared = CourtDirectory(
    entries: CourtDirectory.embeddedJurisdictions,
    chambers: CourtDirectory.embeddedProximityChambers)

  /// Every court, in the order of the reference list.
  public let courts: [Court]
  /// The chambres de proximité and sections détachées, each part of a
  /// tribunal of ``courts``.
  public let chambers: [ProximityChamber]
  private let byCode: [String: Court]
  /// Folded names for finding a court by name, built on the first search
  /// by name: most commands only look courts up by code.
  private let names = NameIndex()

  /// Builds a directory from the reference CSV
  /// (`code,name,kind,parent_code,calendar,…`).
  public init(csv: String) {
    self.init(
      entries: CSVReader.rows(of: csv).dropFirst().filter { $0.count >= 5 }
        .map { ($0[0], $0[1], $0[2], $0[3], $0[4]) })
  }

  /// Builds a directory from the rows of the reference list: code, name,
  /// kind, parent code (empty for none) and calendar; rows of an unknown
  /// kind or calendar are left out.
  ///
  /// The shipped list is embedded as such rows rather than as CSV text,
  /// so that no command spends its start parsing it.
  init(
    entries: [(String, String, String, String, String)],
    chambers: [(String, String, String)] = []
  ) {
    var courts: [Court] = []
    for (code, name, kind, parent, calendar) in entries {
      guard let kind = Court.Kind(rawValue: kind),
        let calendar = LocalCalendar(rawValue: calendar)
      else { continue }
      courts.append(
        Court(
          code: code, name: name, kind: kind,
          parentCode: parent.isEmpty ? nil : parent, calendar: calendar))
    }
    self.courts = courts
    let byCode = Dictionary(
      courts.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    self.byCode = byCode
    self.chambers = chambers.compactMap { code, name, tribunal in
      byCode[tribunal] == nil
        ? nil
        : ProximityChamber(code: code, name: name, tribunalCode: tribunal)
    }
  }

  /// The court with this exact code, if any.
  public func court(code: String) -> Court? { byCode[code.lowercased()] }

  /// Each court's full name folded by ``searchKey(_:)``, with its court,
  /// by the letters it opens with (`tribunal`, `cour`, `conseil`): the
  /// names that can start where a line has those letters.
  ///
  /// Built once for the directory, on first use.
  var foldedNamesByOpening: [String: [(key: String, court: Court)]] {
    names.byOpening(courts)
  }

  /// The tribunal a chambre de proximité or section détachée with this
  /// exact code belongs to, if any.
  public func tribunal(ofChamber code: String) -> Court? {
    let code = code.lowercased()
    return chambers.first { $0.code == code }.flatMap {
      byCode[$0.tribunalCode]
    }
  }

  /// The courts of an appeal court's district, the appeal court included.
  public func district(of appealCourt: Court) -> [Court] {
    courts.filter { $0.appealCourtCode == appealCourt.code }
  }

  /// Finds a court from a code (`tj93008`) or an unambiguous name
  /// (`Bobigny`, `TJ Paris`, `Cour d'appel de Douai`).
  ///
  /// - Throws: ``DomainError`` naming the input and either the closest
  ///   courts or, for an ambiguous name, every court it could mean.
  ///
  /// When a name fits several courts and exactly one of them is of a kind
  /// in `preferredKinds`, that one is chosen (`Douai` as a ressort is the
  /// cour d'appel, not the tribunal).
  public func resolve(
    _ input: String, field: String = "court",
    preferring preferredKinds: Set<Court.Kind> = []
  ) throws(DomainError) -> Court {
    try match(input, field: field, preferring: preferredKinds).court
  }

  /// Finds a court as ``resolve(_:field:preferring:)`` does, and, when a
  /// name fits several courts of which exactly one is in the user's
  /// scope, chooses that one and says which others it could mean.
  ///
  /// Names are taken as users write them: with or without the link word
  /// (`TJ de Paris`, `CA d'Aix-en-Provence`, `TPI de Papeete`), by the
  /// former name of a tribunal judiciaire (`TGI de Bobigny`, `Tribunal de
  /// grande instance de …`: the tribunaux de grande instance became
  /// tribunaux judiciaires on 1 January 2020, loi n° 2019-222 du 23 mars
  /// 2019, art. 95), or by a chambre de proximité or section détachée
  /// (`Condom`, `Tribunal de proximité de Condom`), which gives its
  /// tribunal (``ProximityChamber``).
  ///
  /// - Parameters:
  ///   - input: a code or a name.
  ///   - field: how messages name what was typed.
  ///   - preferredKinds: the kinds chosen first among several courts.
  ///   - inScope: whether a court is one the user works on; nil for none.
  /// - Returns: the court, with the other courts the name could mean when
  ///   the scope chose among them.
  /// - Throws: ``DomainError`` naming the input and either the closest
  ///   courts or, for an ambiguous name, every court it could mean.
  public func match(
    _ input: String, field: String = "court",
    preferring preferredKinds: Set<Court.Kind> = [],
    inScope: ((Court) -> Bool)? = nil
  ) throws(DomainError) -> CourtMatch {
    let trimmed = input.trimmingWhitespace()
    if let court = court(code: trimmed) { return CourtMatch(court) }
    if let court = tribunal(ofChamber: trimmed) { return CourtMatch(court) }
    let key = Self.currentName(Self.searchKey(trimmed))
    guard !key.isEmpty else {
      throw DomainError(
        .invalidValue,
        "\(field) is empty; give a court code such as tj93008 or a name such as Bobigny"
      )
    }
    let (placeNames, nameKeys) = names.folded(courts)
    if let exact = nameKeys[key] { return CourtMatch(courts[exact]) }
    var candidates = courts.indices.filter { placeNames[$0].contains(key) }
      .map { courts[$0] }
    let kindPrefix = Self.splitKindPrefix(key)
    if candidates.isEmpty, let (kinds, place) = kindPrefix {
      candidates = courts.indices.filter {
        kinds.contains(courts[$0].kind) && placeNames[$0].contains(place)
      }.map { courts[$0] }
    }
    // A place named by its first words: "Saint-Denis" for "Saint-Denis de
    // La Réunion", "TJ Saint-Pierre" for "Saint-Pierre de La Réunion".
    func startingWith(_ words: String, kinds: Set<Court.Kind>?) -> [Court] {
      courts.indices.filter { index in
        (kinds?.contains(courts[index].kind) ?? true)
          && placeNames[index].contains { $0.hasPrefix(words + " ") }
      }.map { courts[$0] }
    }
    let longer =
      kindPrefix.map { startingWith($0.1, kinds: $0.0) }
      ?? startingWith(key, kinds: nil)
    if candidates.isEmpty { candidates = longer }
    if candidates.isEmpty, let court = tribunal(ofChamberNamed: key) {
      return CourtMatch(court)
    }
    if candidates.count == 1 { return CourtMatch(candidates[0]) }
    let preferred = candidates.filter { preferredKinds.contains($0.kind) }
    if preferred.count == 1 { return CourtMatch(preferred[0]) }
    if let inScope {
      let mine = candidates.filter(inScope)
      if mine.count == 1 {
        return CourtMatch(
          mine[0], alsoMeant: candidates.filter { $0.code != mine[0].code })
      }
    }
    if candidates.count > 1 {
      // The ambiguity lists every court the name could mean.
      let all =
        candidates
        + longer.filter { court in
          !candidates.contains { $0.code == court.code }
        }
      let list = all.map(\.description).joined(separator: ", ")
      throw DomainError(
        .invalidValue,
        "\(field) '\(input)' is ambiguous: it may be \(list); give the code")
    }
    var message =
      "unknown \(field) '\(input)'; accepted: a code or a name from the reference list of \(courts.count) courts (e.g. tj93008, Bobigny, ca_paris)"
    let places = placeNames.map { $0[0] }
    if let near = Suggestion.closest(to: key, in: places),
      let index = places.firstIndex(of: near)
    {
      let court = courts[index]
      message += " (did you mean \(court)?)"
    }
    throw DomainError(.invalidValue, message)
  }

  /// The tribunal of the chambre de proximité or section détachée whose
  /// place (or full name) is `key`, folded.
  private func tribunal(ofChamberNamed key: String) -> Court? {
    var wanted = [key]
    for tier in [
      "chambre de proximite ", "tribunal de proximite ", "section detachee ",
      "tribunal d'instance ", "ti ", "cp ", "tp ",
    ] where key.hasPrefix(tier) {
      wanted = Self.places(
        named: "chambre de proximite " + key.dropFirst(tier.count))
      break
    }
    let found = chambers.filter { chamber in
      Self.places(named: chamber.name).contains(where: wanted.contains)
    }
    guard found.count == 1 else { return nil }
    return byCode[found[0].tribunalCode]
  }

  /// A name with the former tier of a tribunal judiciaire written as the
  /// current one: `tgi bobigny` as `tj bobigny`, `tribunal de grande
  /// instance de bobigny` as `tribunal judiciaire de bobigny`.
  static func currentName(_ key: String) -> String {
    for (former, current) in [
      ("tribunal de grande instance ", "tribunal judiciaire "),
      ("tgi ", "tj "),
    ] where key.hasPrefix(former) {
      return current + key.dropFirst(former.count)
    }
    return key
  }

  /// `paris` for `de paris`, `aix en provence` for `d'aix en provence`,
  /// `havre` for `du havre`: the place after a link word.
  static func droppingLink(_ rest: String) -> String {
    for link in ["de la ", "de l'", "du ", "des ", "de ", "d'"]
    where rest.hasPrefix(link) {
      let place = String(rest.dropFirst(link.count))
      // "de la rochelle" keeps its article: the places hold both forms.
      return link == "de la " ? "la " + place : place
    }
    return rest
  }

  /// Folds accents, case, hyphens and apostrophes for name comparison.
  static func searchKey(_ text: String) -> String {
    Suggestion.fold(
      text.replacingOccurrences(of: "-", with: " ")
        .replacingOccurrences(of: "’", with: "'"))
  }

  /// The names of a court's place, folded: `bobigny` for `Tribunal
  /// judiciaire de Bobigny`; both `la rochelle` and `rochelle` for `…de La
  /// Rochelle`, both `le havre` and `havre` for `…du Havre`.
  static func places(of court: Court) -> [String] {
    places(named: court.name)
  }

  /// The names of the place in a court's or a chambre de proximité's
  /// name, folded, as ``places(of:)`` gives them.
  static func places(named name: String) -> [String] {
    var rest = searchKey(name)
    let tiers = [
      "cour administrative d'appel ", "cour d'appel ",
      "tribunal superieur d'appel ", "tribunal de premiere instance ",
      "tribunal judiciaire ", "tribunal administratif ",
      "chambre de proximite ", "section detachee ",
    ]
    guard let tier = tiers.first(where: { rest.hasPrefix($0) }) else {
      return [rest]
    }
    rest.removeFirst(tier.count)
    let links: [(String, String)] = [
      ("du ", "le "), ("des ", "les "), ("de ", ""), ("d'", ""),
    ]
    var article = ""
    for (link, implied) in links where rest.hasPrefix(link) {
      rest.removeFirst(link.count)
      article = implied
      break
    }
    for leading in ["la ", "le ", "les ", "l'"] where rest.hasPrefix(leading) {
      return [rest, String(rest.dropFirst(leading.count))]
    }
    return article.isEmpty ? [rest] : [rest, article + rest]
  }

  private static func splitKindPrefix(_ key: String) -> (
    Set<Court.Kind>, String
  )? {
    let prefixes: [(String, Set<Court.Kind>)] = [
      ("tj ", [.tribunal]), ("tpi ", [.firstInstance]), ("ca ", [.appeal]),
      ("caa ", [.administrativeAppeal]), ("ta ", [.administrative]),
      ("tsa ", [.superiorAppeal]),
    ]
    for (prefix, kinds) in prefixes where key.hasPrefix(prefix) {
      return (kinds, droppingLink(String(key.dropFirst(prefix.count))))
    }
    return nil
  }
}

/// The folded place names and full names of the courts of a directory,
/// computed once, on first use, whichever thread asks.
private final class NameIndex: @unchecked Sendable {
  private let lock = NSLock()
  private var built: (places: [[String]], names: [String: Int])?
  private var grouped: [String: [(key: String, court: Court)]]?

  /// The folded full names by the run of letters they open with, each
  /// group longest name first.
  func byOpening(_ courts: [Court]) -> [String: [(key: String, court: Court)]] {
    let names = folded(courts).names
    lock.lock()
    defer { lock.unlock() }
    if let grouped { return grouped }
    var groups: [String: [(key: String, court: Court)]] = [:]
    for (key, index) in names {
      groups[String(key.prefix { $0.isLetter }), default: []].append(
        (key, courts[index]))
    }
    for opening in groups.keys {
      groups[opening]?.sort {
        ($0.key.count, $1.key) > ($1.key.count, $0.key)
      }
    }
    grouped = groups
    return groups
  }

  /// The place names of each court and the index of each folded name.
  func folded(_ courts: [Court]) -> (
    places: [[String]], names: [String: Int]
  ) {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    let index = (
      places: courts.map(CourtDirectory.places(of:)),
      names: Dictionary(
        courts.enumerated().map { (CourtDirectory.searchKey($1.name), $0) },
        uniquingKeysWith: { first, _ in first })
    )
    built = index
    return index
  }
}
