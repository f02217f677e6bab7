import EgideCore

/// The lines of a case's history in French.
///
/// The service words each change in English with the stable codes
/// (`assessed critical`), which a French interface shows as
/// `évalué critique`. What a user wrote (a note, a
/// reason, an outcome) is kept as it was.
enum FrenchTimeline {
  /// `line` in the interface's language.
  static func line(_ line: String) -> String {
    guard Words.french else { return line }
    for rule in rules {
      if let french = rule(line) { return french }
    }
    return line
  }

  /// `2027-01-02` as `2 janvier 2027`.
  private static func frenchDay(_ iso: String) -> String {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return iso }
    return Typography.frenchDay(parts[2], parts[1], parts[0])
  }

  /// A code of `Value` by its French name (``CaseListText/name(_:of:)``).
  private static func name<Value: DomainValue>(
    _ code: Substring, _ type: Value.Type
  ) -> String {
    CaseListText.name(String(code), of: type)
  }

  private static func names<Value: DomainValue>(
    _ codes: Substring, _ type: Value.Type
  ) -> String {
    codes.split(separator: ", ").map { name($0, type) }.joined(separator: ", ")
  }

  /// Each rule returns the French line, or nil when the line is not its.
  private static let rules: [@Sendable (String) -> String?] = [
    { line in
      guard let m = line.firstMatch(of: /^reported \((.*?)\) at (\S+)(.*)$/)
      else { return nil }
      let rest = String(m.3).replacing(/^:\s/, with: " : ")
      return "signalé (\(names(m.1, IncidentKind.self))) à \(m.2)\(rest)"
    },
    { line in
      line.firstMatch(of: /^resolved: (.*)$/).map { "résolu : \($0.1)" }
    },
    { line in
      guard let m = line.firstMatch(of: /^assessed (\w+)(?:; factors: (.*))?$/)
      else { return nil }
      let factors = m.2.map { " ; facteurs : " + names($0, RiskFactor.self) }
      return "évalué \(name(m.1, Severity.self))\(factors ?? "")"
    },
    { line in
      guard let m = line.firstMatch(of: /^escalated to (\w+)(.*)$/)
      else { return nil }
      return "transmis : \(name(m.1, EscalationLevel.self))\(m.2)"
    },
    { line in
      line.firstMatch(of: /^assigned to (.*)$/).map { "confié à \($0.1)" }
    },
    { line in
      line == "note"
        ? "note" : line.firstMatch(of: /^note: (.*)$/).map { "note : \($0.1)" }
    },
    { line in
      guard let m = line.firstMatch(of: /^evidence (\S+) added(.*)$/)
      else { return nil }
      let rest = String(m.2)
        .replacing(/^: a URL$/, with: " : une URL")
        .replacing(/^: a file\s/, with: " : un fichier ")
        .replacing(/^:\s/, with: " : ")
        .replacing(/\sbytes,\s/, with: " octets, ")
      return "pièce \(m.1) ajoutée\(rest)"
    },
    { line in
      guard
        let m = line.firstMatch(
          of: /^measure (\S+) requested: (\w+) from (.*?) for ([^\s,]+)(.*)$/)
      else { return nil }
      let rest = String(m.5).replacing(/^, due\s/, with: ", attendue le ")
        .replacing(/\d{4}-\d{2}-\d{2}/) { day in frenchDay(String(day.output)) }
      return
        "mesure \(m.1) demandée : \(name(m.2, MeasureKind.self)) auprès de \(m.3) pour \(m.4)\(rest)"
    },
    { line in
      guard let m = line.firstMatch(of: /^measure (\S+) (\w+) → (\w+)(.*)$/)
      else { return nil }
      return
        "mesure \(m.1) \(name(m.2, MeasureStatus.self)) → \(name(m.3, MeasureStatus.self))\(m.4)"
    },
    { line in
      line.firstMatch(of: /^resolved(.*)$/).map { "résolu\($0.1)" }
    },
    { line in
      guard let m = line.firstMatch(of: /^closed: (\w+)(?: of (\S+))?$/)
      else { return nil }
      let of = m.2.map { " de \($0)" } ?? ""
      return "classé : \(name(m.1, ClosureReason.self))\(of)"
    },
    { line in
      line.firstMatch(of: /^reopened(.*)$/).map { "rouvert\($0.1)" }
    },
    { line in
      line.firstMatch(of: /^identities purged: ended more than (\d+) years ago/)
        .map {
          "identités effacées : dossier terminé depuis plus de \($0.1) ans (durée de conservation) ; les faits demeurent"
        }
    },
  ]
}
