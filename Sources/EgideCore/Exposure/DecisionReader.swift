import Foundation

/// Reads the decisions of one file: Judilibre's JSON export (one object,
/// an array, or `{"results": [...]}`) or plain text.
public enum DecisionReader {
  /// The fields read from a Judilibre export, for error messages.
  public static let judilibreFields =
    "id, jurisdiction or location, number or numbers, decision_date, text"

  /// The decisions in `data`, read from the file `source`.
  ///
  /// - Throws: ``DomainError`` naming the file, the decision and the
  ///   field when the file cannot be read as decisions.
  public static func read(
    _ data: Data, source: String, courts: CourtDirectory = .shared
  ) throws(DomainError) -> [PublishedDecision] {
    try read(
      text: try self.text(of: data, source: source), source: source,
      courts: courts)
  }

  /// The decisions of several files, each given by its name and its text,
  /// in the files' order: what ``read(text:source:courts:)`` reads of each,
  /// the files read side by side on every core.
  ///
  /// - Throws: the error of the first file, in their order, that cannot
  ///   be read as decisions.
  public static func read(
    files: [(source: String, text: String)], courts: CourtDirectory = .shared
  ) throws(DomainError) -> [PublishedDecision] {
    try files.concurrentMap { file throws(DomainError) in
      try read(text: file.text, source: file.source, courts: courts)
    }.flatMap { $0 }
  }

  /// The decisions in `text`, the content of the file `source`, read as
  /// ``read(_:source:courts:)`` reads its bytes.
  ///
  /// - Throws: ``DomainError`` naming the file, the decision and the
  ///   field when the text cannot be read as decisions.
  public static func read(
    text: String, source: String, courts: CourtDirectory = .shared
  ) throws(DomainError) -> [PublishedDecision] {
    try read(text: text, source: source, courts: courts, readingCourts: true)
  }

  /// Checks that `text`, the content of the file `source`, can be read as
  /// decisions: it throws what ``read(text:source:courts:)`` throws, and
  /// only that, without reading each decision's court and number.
  ///
  /// A client that sends its files in several scans checks them all this
  /// way first, so that a file no scan could read is refused before any
  /// scan is made.
  ///
  /// - Throws: ``DomainError`` naming the file, the decision and the
  ///   field when the text cannot be read as decisions.
  public static func check(text: String, source: String) throws(DomainError) {
    _ = try read(
      text: text, source: source, courts: .shared, readingCourts: false)
  }

  private static func read(
    text: String, source: String, courts: CourtDirectory, readingCourts: Bool
  ) throws(DomainError) -> [PublishedDecision] {
    let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if trimmed.first == "{" || trimmed.first == "[" {
      return try readJSON(
        Data(text.utf8), source: source, courts: courts,
        readingCourts: readingCourts)
    }
    guard !trimmed.isEmpty else {
      throw DomainError(
        .invalidValue,
        "decision file '\(source)' is empty; give the text of a decision")
    }
    guard readingCourts else {
      return [PublishedDecision(source: source, court: nil, text: text)]
    }
    let reading = RenderingCourt.read(text, courts: courts)
    return [
      PublishedDecision(
        source: source, court: reading.court, courtDoubt: reading.doubt,
        number: caseNumber(in: text), text: text)
    ]
  }

  /// The text of the file `source`, which a decision file holds as UTF-8.
  ///
  /// - Throws: ``DomainError`` naming the file when it is not UTF-8 text.
  public static func text(of data: Data, source: String) throws(DomainError)
    -> String
  {
    guard let text = String(data: data, encoding: .utf8) else {
      throw DomainError(
        .invalidValue,
        "decision file '\(source)' is not UTF-8 text; accepted: plain text or Judilibre JSON (\(judilibreFields))"
      )
    }
    return text
  }

  private static func readJSON(
    _ data: Data, source: String, courts: CourtDirectory, readingCourts: Bool
  ) throws(DomainError) -> [PublishedDecision] {
    let root: Any
    do { root = try JSONSerialization.jsonObject(with: data) } catch {
      throw DomainError(
        .invalidValue,
        "decision file '\(source)' is not valid JSON; accepted: a Judilibre export (\(judilibreFields))"
      )
    }
    let items: [Any]
    if let array = root as? [Any] {
      items = array
    } else if let object = root as? [String: Any] {
      if let results = object["results"] as? [Any] {
        items = results
      } else {
        items = [object]
      }
    } else {
      items = []
    }
    guard !items.isEmpty else {
      throw DomainError(
        .invalidValue,
        "decision file '\(source)' holds no decision; accepted: an object, an array or {\"results\": [...]} with \(judilibreFields)"
      )
    }
    var decisions: [PublishedDecision] = []
    for (offset, item) in items.enumerated() {
      let position = offset + 1
      guard let object = item as? [String: Any] else {
        throw DomainError(
          .invalidValue,
          "decision \(position) of '\(source)' is not an object; accepted: \(judilibreFields)"
        )
      }
      guard let text = object["text"] as? String,
        !text.allSatisfy(\.isWhitespace)
      else {
        throw DomainError(
          .invalidValue,
          "decision \(position) of '\(source)' has no text; the field 'text' must hold the decision (accepted fields: \(judilibreFields))"
        )
      }
      guard readingCourts else {
        decisions.append(
          PublishedDecision(
            source: source, position: position, court: nil, text: text))
        continue
      }
      let numbers =
        (object["numbers"] as? [Any])?.compactMap(scalar) ?? []
      let number = scalar(object["number"] as Any) ?? numbers.first
      let reading = exportedCourt(
        location: scalar(object["location"] as Any),
        jurisdiction: scalar(object["jurisdiction"] as Any), text: text,
        courts: courts)
      let day = scalar(object["decision_date"] as Any).flatMap(isoDay)
      decisions.append(
        PublishedDecision(
          source: source, position: position,
          judilibreID: scalar(object["id"] as Any), court: reading.court,
          courtDoubt: reading.doubt, number: number ?? caseNumber(in: text),
          day: day, text: text))
    }
    return decisions
  }

  private static func scalar(_ value: Any) -> String? {
    if let text = value as? String {
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      return trimmed.isEmpty ? nil : trimmed
    }
    if let number = value as? NSNumber { return number.stringValue }
    return nil
  }

  /// The kinds of court each value of Judilibre's `jurisdiction` means.
  static let jurisdictions: [String: Set<Court.Kind>] = [
    "cc": [.cassation], "ca": [.appeal], "tj": [.tribunal],
  ]

  /// The court of a Judilibre export: its `location` (`ca_douai`,
  /// `tj59350`) when it is a court of the reference list of the kind its
  /// `jurisdiction` says; the Cour de cassation for `cc`; else the court
  /// the text names in its heading, of that kind.
  static func exportedCourt(
    location: String?, jurisdiction: String?, text: String,
    courts: CourtDirectory
  ) -> RenderingCourt {
    let code = jurisdiction?.lowercased()
    let kinds = code.flatMap { jurisdictions[$0] }
    if let code, kinds == nil {
      return RenderingCourt(
        court: nil,
        doubt:
          "its export gives jurisdiction '\(code)', which is not among the courts Égide knows (cc, ca, tj)"
      )
    }
    if let location {
      let court =
        courts.court(code: location)
        ?? (try? courts.resolve(location, preferring: kinds ?? []))
      guard let court else {
        return RenderingCourt(
          court: nil,
          doubt:
            "its export gives location '\(location)', which is not a court of the reference list"
        )
      }
      guard kinds?.contains(court.kind) ?? true else {
        return RenderingCourt(
          court: nil,
          doubt:
            "its export gives location \(court) but jurisdiction '\(code ?? "")'"
        )
      }
      return RenderingCourt(court: court)
    }
    if code == "cc", let court = courts.court(code: "cc") {
      return RenderingCourt(court: court)
    }
    let reading = RenderingCourt.read(text, courts: courts, kinds: kinds)
    if reading.court == nil, reading.doubt == nil {
      return RenderingCourt(
        court: nil,
        doubt: "its export gives no location and its heading names no court")
    }
    return reading
  }

  private static func isoDay(_ text: String) -> String? {
    let day = String(text.prefix(10))
    guard day.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else { return nil }
    return day
  }

  /// The case number a plain-text decision gives (`N° RG 24/01234`,
  /// `Pourvoi n° K 25-12.345`), if any.
  ///
  /// A number follows "RG" or "pourvoi", in any case: the text is searched
  /// from the start of the line where the first of those letters stands,
  /// found in its bytes, so that a decision that has neither is not read
  /// by the pattern at all. A line feed is a boundary of both characters
  /// and words, so the pattern reads from there what it reads in the
  /// whole text.
  public static func caseNumber(in text: String) -> String? {
    guard let from = lineOfFirstCaseNumberWord(in: text) else { return nil }
    guard let match = text[from...].firstMatch(of: caseNumberPattern) else {
      return nil
    }
    return String(match.output.1).trimmingCharacters(in: .whitespaces)
  }

  /// A case number after "RG" or "pourvoi", compiled once.
  ///
  /// A pattern written in a function is compiled at each call. A `Regex` holds its
  /// compiled program immutably, so threads may share it.
  nonisolated(unsafe) private static let caseNumberPattern =
    /(?i:\bRG\b|\bpourvoi\b)[\s:nN°º.]{0,8}((?:[A-Z]\s)?[0-9][0-9A-Z\/.\-]{2,}[0-9A-Z])/

  /// Where the line starts (after a line feed) in which "rg" or "pourvo"
  /// first stands in `text`, in any case of their ASCII letters (no other
  /// letter matches one of those in any case).
  static func lineOfFirstCaseNumberWord(in text: String) -> String.Index? {
    let utf8 = text.utf8
    var copy = text
    let offset: Int? = copy.withUTF8 { bytes in
      let count = bytes.count
      var index = 0
      while index + 1 < count {
        let byte = bytes[index] | 0x20
        if byte == 0x72, bytes[index + 1] | 0x20 == 0x67 { return index }
        if byte == 0x70, index + 5 < count,
          bytes[index + 1] | 0x20 == 0x6F, bytes[index + 2] | 0x20 == 0x75,
          bytes[index + 3] | 0x20 == 0x72, bytes[index + 4] | 0x20 == 0x76,
          bytes[index + 5] | 0x20 == 0x6F
        {
          return index
        }
        index += 1
      }
      return nil
    }
    guard var offset else { return nil }
    copy.withUTF8 { bytes in
      while offset > 0, bytes[offset - 1] != 0x0A { offset -= 1 }
    }
    return utf8.index(utf8.startIndex, offsetBy: offset)
  }
}
