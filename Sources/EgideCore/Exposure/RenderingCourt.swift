import Foundation

/// The court that rendered a published decision, read from the decision
/// itself, and why it is not certain when it is not.
///
/// A decision names several courts: its own in its heading ("COUR D'APPEL
/// DE DOUAI", "Le tribunal administratif de Lille"), and those of its
/// procedural history ("Décision déférée à la Cour : jugement du tribunal
/// judiciaire de Lille", "Par un jugement du 3 mars 2023, le tribunal
/// administratif de Lille a rejeté…", "l'arrêt rendu par la cour d'appel de
/// Paris"). The occultation route and its authority depend on the court
/// that rendered the decision (COJ R111-12 and R111-13, CJA R741-14 and
/// R741-15), so only a court named as the heading of a line, before any
/// account of the procedure, is taken; a court named in a sentence is
/// history. The way the decision speaks ("LA COUR, après en avoir
/// délibéré", "LE TRIBUNAL") must agree with it. When the heading names no
/// court, several, or one the decision contradicts, the court is not
/// certain: the reading says why and gives none, and a scan files no
/// request on it.
public struct RenderingCourt: Hashable, Sendable {
  /// The court that rendered the decision, when certain.
  public var court: Court?
  /// Why the court is not certain, when a court was named or expected but
  /// none could be taken; nil when `court` is known or nothing was named.
  public var doubt: String?

  /// A reading.
  public init(court: Court?, doubt: String? = nil) {
    self.court = court
    self.doubt = doubt
  }

  /// The lines read as the heading: the first ones, up to where the
  /// account of the case begins.
  static let headingLines = 40

  /// How a decision's body speaks of the court that renders it, and the
  /// kinds of court it means.
  private static let voices: [(String, Set<Court.Kind>, String)] = [
    (
      "la cour",
      [.appeal, .cassation, .administrativeAppeal, .superiorAppeal],
      "LA COUR"
    ),
    (
      "le tribunal", [.tribunal, .firstInstance, .administrative], "LE TRIBUNAL"
    ),
    ("le conseil d'etat", [.councilOfState], "LE CONSEIL D'ÉTAT"),
  ]

  /// Words that open the account of the case: the heading ends there.
  private static let bodyOpenings = [
    "vu la procedure", "procedure contentieuse anterieure",
    "procedure devant la cour", "expose du litige", "faits et procedure",
    "expose des faits", "par ces motifs", "motifs de la decision",
    "considerant", "sur ce",
  ]

  /// Words that make a line an account of the procedure: courts named
  /// after them in the heading are history.
  private static let historyWords = [
    "deferee", "defere", "sur appel", "appel d'un", "appel d'une",
    "appelant", "rendu", "rendue", "attaque", "attaquee", "sur renvoi",
    "par un jugement", "par une ordonnance", "par un arret",
    "par une decision", "a demande", "a rejete",
  ]

  /// What may stand before a court's name on a heading line.
  private static let headingPrefixes: Set<String> = [
    "", "la", "le", "extrait des minutes du greffe du",
    "extrait des minutes du greffe de la", "minute du greffe du",
    "minute du greffe de la", "greffe du", "greffe de la",
    "republique francaise au nom du peuple francais",
    "au nom du peuple francais", "republique francaise",
  ]

  /// Words that may follow a court's name on a heading line.
  private static let headingFollowers = [
    "chambre", "section", "pole", "statuant", "siegeant", "formation",
    "audience", "service", "juge", "jugement", "arret", "ordonnance",
  ]

  /// Other names under which a tribunal judiciaire renders decisions.
  private static let formations: [(String, String)] = [
    ("tribunal correctionnel ", "tribunal judiciaire "),
    ("tribunal de police ", "tribunal judiciaire "),
    ("tribunal pour enfants ", "tribunal judiciaire "),
    ("tribunal de grande instance ", "tribunal judiciaire "),
  ]

  /// Reads the court that rendered the decision whose text is `text`.
  ///
  /// - Parameters:
  ///   - text: the decision's text.
  ///   - courts: the courts a heading may name.
  ///   - kinds: the kinds of court the decision is known to come from
  ///     (a Judilibre export's `jurisdiction`); nil when unknown.
  /// - Returns: the court when certain, else why not.
  public static func read(
    _ text: String, courts: CourtDirectory = .shared,
    kinds: Set<Court.Kind>? = nil
  ) -> RenderingCourt {
    // Only the first lines are cut (the rest stays one piece): a decision
    // may be megabytes long.
    let lines = text.split(
      maxSplits: headingLines, omittingEmptySubsequences: false,
      whereSeparator: \.isNewline)
    let courtNames = courts.foldedNamesByOpening
    var headings: [Court] = []
    var history: [Court] = []
    var inHistory = false
    for line in lines.prefix(headingLines) {
      let folded = fold(line)
      // Once the account of the procedure has begun, every court named
      // after it in the heading is history, blank lines or not.
      if folded.isEmpty { continue }
      if bodyOpenings.contains(where: { folded.hasPrefix($0) })
        || voice(of: folded) != nil
      {
        break
      }
      let spaced =
        " " + folded.filter { $0.isLetter || $0 == " " || $0 == "'" } + " "
      if historyWords.contains(where: { spaced.contains(" " + $0) }) {
        inHistory = true
      }
      for (court, prefix, rest) in mentions(in: folded, names: courtNames) {
        if !inHistory, headingPrefixes.contains(prefix), isHeadingEnd(rest) {
          if !headings.contains(court) { headings.append(court) }
        } else if !history.contains(court) {
          history.append(court)
        }
      }
    }
    var voiced: Set<Court.Kind>?
    var voiceName = ""
    for opening in lineOpenings(of: text) {
      let folded = fold(opening)
      guard let (kinds, name) = voice(of: folded) else { continue }
      if voiced == nil {
        voiced = kinds
        voiceName = name
      } else if voiced != kinds {
        voiced = nil
        break
      }
    }
    let expected = kinds ?? voiced
    let names = { (list: [Court]) in
      list.map(\.description).joined(separator: ", ")
    }
    guard !headings.isEmpty else {
      if history.isEmpty {
        return RenderingCourt(
          court: nil,
          doubt: kinds == nil && voiced == nil
            ? nil : "its heading names no court")
      }
      return RenderingCourt(
        court: nil,
        doubt:
          "its heading names no court; \(names(history)) \(history.count == 1 ? "is" : "are") named in its account of the procedure only"
      )
    }
    let fitting = headings.filter { expected?.contains($0.kind) ?? true }
    if fitting.count == 1 { return RenderingCourt(court: fitting[0]) }
    if fitting.isEmpty {
      let speaker =
        kinds != nil
        ? "its export says it comes from another kind of court"
        : "it speaks as \(voiceName)"
      return RenderingCourt(
        court: nil, doubt: "its heading names \(names(headings)) but \(speaker)"
      )
    }
    return RenderingCourt(
      court: nil,
      doubt: "its heading names several courts: \(names(fitting))")
  }

  /// The first characters of every line that can speak as the court.
  ///
  /// A line opening (after spaces) with "la cour", "le tribunal" or "le
  /// conseil" in any case, its first 48 bytes cut at a character and at
  /// the line's end: the voice is read from those ("LA COUR,", "Le Conseil
  /// d'État statuant"). Read from the bytes in one pass, without cutting
  /// the whole text into lines.
  private static func lineOpenings(of text: String) -> [Substring] {
    var text = text
    let openings = text.withUTF8 { bytes in
      var openings: [String] = []
      let count = bytes.count
      var index = 0
      var lineStart = true
      while index < count {
        let byte = bytes[index]
        if byte == 0x0A || byte == 0x0D {
          lineStart = true
        } else if lineStart, byte == 0x20 || byte == 0x09 {
          // Spaces before the first word keep the line at its start.
        } else if lineStart {
          lineStart = false
          if byte == 0x4C || byte == 0x6C,
            mayBeVoice(UnsafeBufferPointer(rebasing: bytes[index...]))
          {
            var end = min(index + 48, count)
            // Never cut inside a character.
            while end > index, end < count, (bytes[end] & 0xC0) == 0x80 {
              end -= 1
            }
            var stop = index
            while stop < end, bytes[stop] != 0x0A, bytes[stop] != 0x0D {
              stop += 1
            }
            openings.append(
              String(
                decoding: UnsafeBufferPointer(rebasing: bytes[index..<stop]),
                as: UTF8.self))
          }
        }
        index += 1
      }
      return openings
    }
    return openings.map { Substring($0) }
  }

  /// Whether bytes can open a voice, from their ASCII letters alone: the
  /// first two words of a voice of ``voices``, in any case (folding, which
  /// reads accents and apostrophes, is kept for the lines that pass).
  private static func mayBeVoice(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let lowered = bytes.prefix(longestVoiceStart).map {
      $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0
    }
    return voiceStarts.contains { lowered.starts(with: $0) }
  }

  /// The first two words of each voice: "la cour", "le tribunal", "le
  /// conseil" (its "d'État" may be written with accents and a curly
  /// apostrophe).
  private static let voiceStarts: [[UInt8]] = voices.map { voice, _, _ in
    Array(voice.split(separator: " ").prefix(2).joined(separator: " ").utf8)
  }
  private static let longestVoiceStart = voiceStarts.map(\.count).max() ?? 0

  /// The kinds of court a line speaks as ("LA COUR, après en avoir
  /// délibéré"), if it is such a line.
  private static func voice(of folded: String) -> (Set<Court.Kind>, String)? {
    for (opening, kinds, name) in voices where folded.hasPrefix(opening) {
      let rest = folded.dropFirst(opening.count)
      guard let next = rest.first else { return (kinds, name) }
      if next == "," || next == ":" || next == ";" || next == "." {
        return (kinds, name)
      }
      if rest.hasPrefix(" statuant") || rest.hasPrefix(" apres")
        || rest.hasPrefix(" ayant")
      {
        return (kinds, name)
      }
    }
    return nil
  }

  /// Each court named in a folded line, with the words before it and the
  /// words after it, in the order they stand in the line.
  ///
  /// A name is looked for only where a word starts (after no letter and
  /// no apostrophe), among the names that open with the letters found
  /// there: one pass over the line whatever the number of courts.
  private static func mentions(
    in folded: String, names: [String: [(key: String, court: Court)]]
  ) -> [(Court, String, Substring)] {
    var line = folded
    for (formation, tribunal) in formations {
      line = line.replacingOccurrences(of: formation, with: tribunal)
    }
    guard
      line.contains("tribunal") || line.contains("cour")
        || line.contains("conseil")
    else { return [] }
    var found: [(court: Court, prefix: String, range: Range<String.Index>)] =
      []
    var previous: Character?
    var index = line.startIndex
    while index < line.endIndex {
      defer {
        previous = line[index]
        index = line.index(after: index)
      }
      guard previous.map({ !$0.isLetter && $0 != "'" }) ?? true else {
        continue
      }
      let opening = line[index...].prefix { $0.isLetter }
      for (name, court) in names[String(opening)] ?? [] {
        guard line[index...].hasPrefix(name) else { continue }
        let end = line.index(index, offsetBy: name.count)
        guard line[end...].first.map({ !$0.isLetter }) ?? true else {
          continue
        }
        let prefix = line[line.startIndex..<index].filter {
          $0.isLetter || $0 == " " || $0 == "'"
        }.split(separator: " ").joined(separator: " ")
        found.append((court, prefix, index..<end))
      }
    }
    // "Tribunal judiciaire de Saint-Denis" inside "Tribunal judiciaire de
    // Saint-Denis de La Réunion": the longer name is the one meant.
    return found.filter { candidate in
      !found.contains { other in
        other.range != candidate.range
          && other.range.lowerBound <= candidate.range.lowerBound
          && other.range.upperBound >= candidate.range.upperBound
      }
    }.map { ($0.court, $0.prefix, line[$0.range.upperBound...]) }
  }

  /// Whether what follows a court's name ends a heading: nothing, a
  /// separator, or the name of a chamber or formation.
  private static func isHeadingEnd(_ rest: Substring) -> Bool {
    let trimmed = rest.drop { $0 == " " }
    guard let first = trimmed.first else { return true }
    if !first.isLetter { return true }
    return headingFollowers.contains { trimmed.hasPrefix($0) }
  }

  private static func fold(_ line: Substring) -> String {
    CourtDirectory.searchKey(String(line)).trimmingCharacters(
      in: .whitespaces)
  }
}
