import EgideCore
import EgideStore
import Foundation

/// Builds a registry of synthetic cases for trying every command.
///
/// It gives plausible distributions of kinds, channels, courts, roles, severities, measures and timelines over
/// the two years before `now`. Every case goes through the same lifecycle
/// rules as a real one.
struct DemoGenerator {
  var random: SeededRandom
  let now: Date
  let settings: Settings
  let tribunals: [Court]
  var people: [(PersonID, Court, Role)] = []
  var nextPerson = 1
  /// Handles of serial authors, reused across cases so that campaigns
  /// show (`egide campaign list`).
  var serialAuthors: [String] = []
  /// A raid under way: more cases against one person within hours.
  var burst: Burst?

  /// A raid: several accounts against one person within a few hours.
  struct Burst {
    var target: PersonID
    var court: Court
    var remaining: Int
    var occurred: Date
  }

  init(seed: UInt64, now: Date, settings: Settings) {
    random = SeededRandom(seed: seed)
    self.now = now
    self.settings = settings
    tribunals = CourtDirectory.shared.courts.filter {
      $0.kind == .tribunal || $0.kind == .administrative
        || $0.kind == .appeal
    }
    for _ in 0..<12 {
      serialAuthors.append(NameGenerator.handle(using: &random))
    }
  }

  /// Adds `count` cases in the order they were reported.
  ///
  /// One transaction per 1,000 cases. Reports grow over the two years (a third of them in the
  /// last eight months).
  mutating func populate(_ registry: Registry, cases count: Int) throws {
    var ages: [Double] = []
    ages.reserveCapacity(count)
    for _ in 0..<count {
      let recent = random.chance(0.35)
      ages.append(
        Double.random(in: 0.01..<(recent ? 240 : 730), using: &random))
    }
    ages.sort(by: >)
    var made = 0
    while made < count {
      let batch = ages[made..<min(made + 1_000, count)]
      try registry.transaction { tx in
        for age in batch {
          let reportedAt = now.addingTimeInterval(-age * 86_400)
          if burst != nil {
            try makeBurstCase(tx, reportedAt: reportedAt)
          } else {
            try makeCase(tx, reportedAt: reportedAt)
          }
        }
      }
      made += batch.count
    }
  }

  private static let kindWeights: [(IncidentKind, Int)] = [
    (.cyberharassment, 25), (.threat, 20), (.outrage, 15), (.harassment, 10),
    (.doxxing, 8), (.intimidation, 6), (.openDataExposure, 4),
    (.propertyDamage, 4), (.stalking, 3), (.assault, 3), (.other, 2),
  ]

  private mutating func makeCase(
    _ tx: RegistryTransaction, reportedAt: Date
  ) throws {
    var kinds = [random.weighted(Self.kindWeights)]
    if random.chance(0.2) { kinds.append(random.weighted(Self.kindWeights)) }
    let channel = pickChannel(kinds)
    let platform: Platform? =
      channel == .socialNetwork
      ? random.weighted([
        (.x, 35), (.facebook, 25), (.instagram, 10), (.tiktok, 10),
        (.youtube, 5), (.telegram, 5), (.linkedin, 3), (.other, 7),
      ])
      : channel == .messaging
        ? random.weighted([(.whatsapp, 50), (.telegram, 30), (.signal, 20)])
        : nil
    let court = random.pick(tribunals)
    var factors: [RiskFactor] = []
    if kinds.contains(.threat) && random.chance(0.35) {
      factors.append(.deathThreat)
    }
    if kinds.contains(.doxxing) || random.chance(0.05) {
      factors.append(.homeExposed)
    }
    if kinds.contains(.assault) { factors.append(.physicalContact) }
    if random.chance(0.1) { factors.append(.repeated) }
    var targets: [NewCase.Target] = []
    let reuse = people.filter { $0.1 == court && $0.2 != .family }
    if !reuse.isEmpty && random.chance(0.12) {
      targets.append(.existing(random.pick(reuse).0))
    } else {
      let role: Role = random.weighted([
        (.judge, 40), (.prosecutor, 25), (.clerk, 20), (.staff, 10),
        (.trainee, 5),
      ])
      targets.append(
        .new(
          try NewCase.NewPerson(
            identity: PersonIdentity(
              name: NameGenerator.name(using: &random)),
            role: role, function: pickFunction(role))))
    }
    if random.chance(0.08) {
      factors.append(.familyTargeted)
      targets.append(
        .new(
          try NewCase.NewPerson(
            identity: PersonIdentity(
              name: NameGenerator.name(using: &random)),
            role: .family, function: nil)))
    }
    let floor = RiskFactor.minimumSeverity(for: Set(factors))
    let estimate: Severity? =
      random.chance(0.6)
      ? max(
        floor,
        random.weighted([
          (.low, 20), (.moderate, 45), (.high, 25), (.critical, 10),
        ]))
      : nil
    var authors =
      random.chance(0.5)
      ? (0..<Int.random(in: 1...3, using: &random)).map { _ in
        NameGenerator.handle(using: &random)
      } : []
    if !authors.isEmpty && random.chance(0.2) {
      // A serial author, written the many ways delegates write handles.
      let handle = String(random.pick(serialAuthors).dropFirst())
      authors[0] = random.pick([
        "@" + handle, handle, "https://x.com/" + handle,
        "@" + handle.uppercased(),
      ])
    }
    let newCase = try NewCase(
      kinds: kinds,
      occurred: OccurrenceDate(
        start: reportedAt.addingTimeInterval(
          -Double.random(in: 3_600..<(5 * 86_400), using: &random)),
        precision: random.chance(0.7) ? .minute : .day),
      channel: channel, platform: platform, court: court, targets: targets,
      reportedSeverity: estimate, factors: factors,
      summary: Self.summary(kinds[0], channel: channel, platform: platform),
      narrative: random.chance(0.4)
        ? "Synthetic account generated for the demo registry." : nil,
      authors: authors, now: reportedAt.addingTimeInterval(1))
    let delegate =
      random.pick(["delegue.usm.", "delegue.sm.", "delegue.unsa."])
      + String(Int.random(in: 1...40, using: &random))
    let reference = try tx.report(
      newCase, by: delegate, at: reportedAt, deadlines: settings.deadlines,
      calendar: settings.calendar)
    try followUp(reference, tx: tx, reportedAt: reportedAt, factors: factors)
    if channel == .socialNetwork, random.chance(0.05),
      let target = try tx.targets(of: reference).first,
      let occurred = newCase.occurred
    {
      burst = Burst(
        target: target, court: court,
        remaining: Int.random(in: 2...4, using: &random),
        occurred: occurred.start)
    }
  }

  /// One more message of a raid: another account, against the same
  /// person, a few hours after the previous one.
  private mutating func makeBurstCase(
    _ tx: RegistryTransaction, reportedAt: Date
  ) throws {
    guard var current = burst else { return }
    current.occurred = min(
      current.occurred.addingTimeInterval(
        Double.random(in: 0.3...6, using: &random) * 3_600),
      now.addingTimeInterval(-7_200))
    current.remaining -= 1
    burst = current.remaining > 0 ? current : nil
    let reported = min(
      max(reportedAt, current.occurred.addingTimeInterval(3_600)),
      now.addingTimeInterval(-3_600))
    let kinds: [IncidentKind] = [
      random.weighted([(.cyberharassment, 3), (.outrage, 2), (.threat, 1)])
    ]
    let platform: Platform = random.weighted([
      (.x, 5), (.tiktok, 2), (.facebook, 2),
    ])
    let newCase = try NewCase(
      kinds: kinds,
      occurred: OccurrenceDate(start: current.occurred, precision: .minute),
      channel: .socialNetwork, platform: platform, court: current.court,
      targets: [.existing(current.target)], reportedSeverity: nil,
      factors: [.repeated],
      summary: Self.summary(
        kinds[0], channel: .socialNetwork, platform: platform),
      narrative: nil, authors: [NameGenerator.handle(using: &random)],
      now: reported.addingTimeInterval(1))
    let delegate =
      "delegue.usm." + String(Int.random(in: 1...40, using: &random))
    let reference = try tx.report(
      newCase, by: delegate, at: reported, deadlines: settings.deadlines,
      calendar: settings.calendar)
    try followUp(
      reference, tx: tx, reportedAt: reported, factors: [.repeated])
  }

  private mutating func followUp(
    _ reference: CaseReference, tx: RegistryTransaction, reportedAt: Date,
    factors: [RiskFactor]
  ) throws {
    let officer =
      "securite." + random.pick(["paris", "lyon", "douai", "rennes", "aix"])
    var clock = reportedAt
    func later(_ days: ClosedRange<Double>, _ random: inout SeededRandom)
      -> Date?
    {
      let next = clock.addingTimeInterval(
        Double.random(in: days, using: &random) * 86_400)
      guard next < now else { return nil }
      clock = next
      return next
    }
    if random.chance(0.04), let at = later(1...20, &random) {
      try tx.record(reference) {
        try $0.close(
          reason: random.weighted([(.unfounded, 2), (.withdrawn, 2)]),
          duplicateOf: nil, by: officer, at: at)
      }
      return
    }
    let age = now.timeIntervalSince(reportedAt) / 86_400
    guard random.chance(age > 60 ? 0.97 : 0.85),
      let assessedAt = later(0.1...6, &random)
    else { return }
    let floor = RiskFactor.minimumSeverity(for: Set(factors))
    let severity = max(
      floor,
      random.weighted([
        (Severity.low, 20), (.moderate, 45), (.high, 25), (.critical, 10),
      ]))
    try tx.record(reference) {
      try $0.assess(
        severity: severity, factors: factors, by: officer, at: assessedAt)
    }
    if random.chance(0.5), let at = later(0.1...3, &random) {
      try tx.record(reference) {
        try $0.assign(to: officer, by: officer, at: at)
      }
    }
    if severity >= .moderate && random.chance(0.7),
      let at = later(0.2...5, &random)
    {
      let level: EscalationLevel = random.weighted([
        (.headOfCourt, 45), (.headOfAppealCourt, 15), (.lawEnforcement, 20),
        (.prosecution, 15), (.ministry, 5),
      ])
      try tx.record(reference) {
        try $0.escalate(
          to: level, authority: nil,
          reason: "Escalated per the court's protocol",
          by: officer, at: at)
      }
    }
    if severity >= .moderate && random.chance(0.6),
      let at = later(0.1...4, &random)
    {
      let kind: MeasureKind = random.weighted([
        (.statutoryProtection, 30), (.contentTakedown, 20),
        (.criminalComplaint, 15),
        (.policeProtection, 10), (.securityAssessment, 8),
        (.openDataOccultation, 7),
        (.addressConfidentiality, 4), (.psychologicalSupport, 6),
      ])
      let due = at.addingTimeInterval(
        Double.random(in: 7...30, using: &random) * 86_400)
      let id = try tx.requestMeasure(
        in: reference, kind: kind, authority: Self.authority(for: kind),
        due: due,
        beneficiary: nil, by: officer, at: at)
      if random.chance(0.75), let decidedAt = later(2...40, &random) {
        let outcome: MeasureStatus = random.weighted([
          (.granted, 65), (.partiallyGranted, 10), (.refused, 15),
          (.withdrawn, 10),
        ])
        try tx.updateMeasure(
          id, to: outcome, note: nil, by: officer, at: decidedAt)
        if outcome == .granted || outcome == .partiallyGranted,
          random.chance(0.8), let placedAt = later(0.5...10, &random)
        {
          try tx.updateMeasure(
            id, to: .inPlace, note: nil, by: officer, at: placedAt)
          if random.chance(0.3), let liftedAt = later(30...120, &random) {
            try tx.updateMeasure(
              id, to: .lifted, note: nil, by: officer, at: liftedAt)
          }
        }
      }
    }
    if random.chance(age > 180 ? 0.9 : 0.5), let at = later(10...150, &random) {
      try tx.record(reference) {
        try $0.resolve(
          outcome: "Followed up; no further threat reported", by: officer,
          at: at)
      }
    }
  }

  private mutating func pickChannel(_ kinds: [IncidentKind]) -> Channel {
    switch kinds[0] {
    case .cyberharassment, .doxxing:
      random.weighted([
        (.socialNetwork, 70), (.messaging, 15), (.email, 10), (.other, 5),
      ])
    case .assault:
      random.weighted([(.inPerson, 60), (.hearing, 30), (.home, 10)])
    case .propertyDamage: random.weighted([(.home, 60), (.inPerson, 40)])
    case .openDataExposure: .openData
    case .stalking:
      random.weighted([(.home, 50), (.inPerson, 40), (.socialNetwork, 10)])
    case .outrage:
      random.weighted([
        (.hearing, 40), (.socialNetwork, 35), (.press, 15), (.letter, 10),
      ])
    default:
      random.weighted([
        (.socialNetwork, 40), (.letter, 15), (.phone, 10), (.email, 15),
        (.hearing, 10), (.messaging, 5), (.broadcast, 5),
      ])
    }
  }

  private mutating func pickFunction(_ role: Role) -> StaffFunction? {
    switch role {
    case .judge:
      random.weighted([
        (.juge, 30), (.jugeDesEnfants, 15), (.jld, 12), (.jugeInstruction, 12),
        (.jap, 10), (.jaf, 10), (.vicePresident, 8), (.president, 3),
      ])
    case .prosecutor:
      random.weighted([
        (.substitut, 60), (.viceProcureur, 25), (.procureur, 10),
        (.procureurAdjoint, 5),
      ])
    case .clerk: random.weighted([(.greffier, 85), (.directeurGreffe, 15)])
    case .staff:
      random.weighted([(.adjointAdministratif, 70), (.agentSecurite, 30)])
    case .trainee: random.weighted([(.auditeur, 60), (.attacheJustice, 40)])
    case .family: nil
    }
  }

  static func authority(for kind: MeasureKind) -> String {
    switch kind {
    case .statutoryProtection: "Chefs de cour"
    case .policeProtection: "Préfecture"
    case .contentTakedown: "Platform notice (DSA art. 16)"
    case .criminalComplaint: "Procureur de la République"
    case .openDataOccultation: "Président de la juridiction"
    default: "Chef de juridiction"
    }
  }

  static func summary(
    _ kind: IncidentKind, channel: Channel, platform: Platform?
  )
    -> String
  {
    let place =
      platform.map { " on \($0.rawValue)" } ?? " (\(channel.rawValue))"
    return switch kind {
    case .threat: "Threatening message after a ruling\(place)"
    case .intimidation: "Pressure to change a pending decision\(place)"
    case .harassment: "Repeated hostile messages\(place)"
    case .cyberharassment: "Online harassment campaign\(place)"
    case .doxxing: "Personal details published\(place)"
    case .assault: "Physical aggression\(place)"
    case .outrage: "Insults aimed at the magistrate\(place)"
    case .propertyDamage: "Damage to personal property\(place)"
    case .stalking: "Followed near home\(place)"
    case .openDataExposure: "Identified through a published decision"
    case .other: "Other hostile act\(place)"
    }
  }
}
