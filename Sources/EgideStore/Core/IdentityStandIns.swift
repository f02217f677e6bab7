import EgideCore

// What each identifying value reads as when it is not revealed or was
// purged: every text it holds is the marker, every fact around it stays.

extension PersonIdentity: Concealable {
  static func standIn(_ marker: String) -> PersonIdentity {
    PersonIdentity(name: marker)
  }
}

extension CaseIdentity: Concealable {
  static func standIn(_ marker: String) -> CaseIdentity {
    CaseIdentity(summary: marker)
  }
}

extension EventIdentity: Concealable {
  static func standIn(_ marker: String) -> EventIdentity {
    EventIdentity(
      summary: marker, narrative: marker, authors: [marker], text: marker,
      url: marker, fileName: marker, description: marker, authority: marker)
  }
}

extension EntityIdentity: Concealable {
  static func standIn(_ marker: String) -> EntityIdentity {
    EntityIdentity(value: marker)
  }
}

extension NoticeEventIdentity: Concealable {
  static func standIn(_ marker: String) -> NoticeEventIdentity {
    NoticeEventIdentity(
      urls: [marker], url: marker, notifierName: marker,
      notifierEmail: marker, reasons: marker, statement: marker)
  }
}

extension NoticeURLIdentity: Concealable {
  static func standIn(_ marker: String) -> NoticeURLIdentity {
    NoticeURLIdentity(url: marker)
  }
}

extension DecisionIdentity: Concealable {
  static func standIn(_ marker: String) -> DecisionIdentity {
    DecisionIdentity(day: nil, number: marker, judilibreID: nil)
  }
}
