/// Invented names built from syllables, so that no demo record carries a
/// real person's name.
struct NameGenerator {
  static let firstStarts = [
    "Ala", "Béra", "Cali", "Doré", "Éli", "Fla", "Gau", "Héli", "Ilo", "Jou",
    "Lisa", "Mara", "Noé", "Ora", "Péri", "Quen", "Rosa", "Séla", "Tali",
    "Valé", "Yse", "Zéna",
  ]
  static let firstEnds = [
    "lie", "rine", "nor", "dric", "maël", "sande", "vien", "thée", "lou",
    "zane", "rick", "ette",
  ]
  static let lastParts = [
    "Bar", "Cor", "Dul", "Fer", "Gar", "Hau", "Lam", "Mor", "Nar", "Pel",
    "Quer", "Ros", "Sau", "Tar", "Vel", "Vau", "Bris", "Clo", "Gran", "Mir",
  ]
  static let lastEnds = [
    "nique", "osset", "illard", "erval", "agnon", "ivière", "antel",
    "ouzet", "essac", "imond", "arède", "olin",
  ]

  static func name(using random: inout SeededRandom) -> String {
    let first =
      random.pick(firstStarts)
      + random.pick(firstEnds)
    var last =
      random.pick(lastParts)
      + random.pick(lastEnds)
    if random.chance(0.12) {
      last +=
        "-" + random.pick(lastParts)
        + random.pick(lastEnds)
    }
    return first + " " + last.uppercased()
  }

  static func handle(using random: inout SeededRandom) -> String {
    "@" + random.pick(lastParts).lowercased()
      + random.pick([
        "_libre", "_vrai", "73", "_off", "_verite", "1984", "_info", "_x",
      ])
      + String(Int.random(in: 1...99, using: &random))
  }
}
