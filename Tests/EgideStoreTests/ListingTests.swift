import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Listing cases")
struct ListingTests {
  /// Monday 6 July 2026, 10:00 in Paris, plus `hours`.
  static func at(_ hours: Int) -> Date {
    StoreFixture.reportedAt.addingTimeInterval(TimeInterval(hours) * 3_600)
  }

  /// A query made shortly after every fixture report.
  static var query: CaseQuery { CaseQuery(now: at(48)) }

  @discardableResult
  static func report(
    _ registry: Registry, at date: Date = at(0),
    severity: Severity? = .moderate, kinds: [IncidentKind] = [.threat],
    court: Court = StoreFixture.bobigny, targets: [NewCase.Target]? = nil,
    summary: String = "Message hostile fictif"
  ) throws -> CaseReference {
    try registry.log(
      try StoreFixture.newCase(
        kinds: kinds, court: court, targets: targets, severity: severity,
        summary: summary, now: date),
      at: date)
  }

  static func references(_ listings: [CaseListing]) -> [String] {
    listings.map(\.reference.description)
  }

  static func list(_ registry: Registry, _ change: (inout CaseQuery) -> Void)
    throws -> [String]
  {
    var query = Self.query
    change(&query)
    return references(try registry.list(query))
  }

  @Test("a listing carries the facts and summary of the case")
  func listingContent() throws {
    try withRegistry { registry in
      let reference = try registry.log(
        try StoreFixture.newCase(
          kinds: [.doxxing, .threat], channel: .messaging,
          platform: .telegram, court: StoreFixture.lille, severity: .high,
          summary: "Coordonnées diffusées sur une messagerie fictive"),
        at: Self.at(0))
      let listings = try registry.list(Self.query)
      #expect(listings.count == 1)
      let listing = try #require(listings.first)
      #expect(listing.reference == reference)
      #expect(listing.status == .new)
      #expect(listing.severity == .high)
      #expect(!listing.isAssessed)
      #expect(listing.court == "tj59350")
      #expect(listing.appealCourt == "ca_douai")
      #expect(listing.kinds == [.threat, .doxxing])
      #expect(listing.channel == .messaging)
      #expect(listing.platform == .telegram)
      #expect(listing.reportedAt == Self.at(0))
      #expect(
        listing.assessmentDue
          == DeadlinePolicy.standard.assessmentDue(
            reportedAt: Self.at(0), severity: .high,
            calendar: StoreFixture.calendar))
      #expect(listing.assignee == nil)
      #expect(listing.closureReason == nil)
      #expect(!listing.assessmentOverdue)
      #expect(listing.overdueMeasures == 0)
      #expect(
        listing.summary == "Coordonnées diffusées sur une messagerie fictive")

      try registry.assess(reference, .critical)
      let assessed = try #require(try registry.list(Self.query).first)
      #expect(assessed.status == .assessed)
      #expect(assessed.severity == .critical)
      #expect(assessed.isAssessed)
    }
  }

  @Test("the open statuses are listed by default; others on request")
  func statusFilter() throws {
    try withRegistry { registry in
      let new = try Self.report(registry, at: Self.at(0))
      let assessed = try Self.report(registry, at: Self.at(1))
      try registry.assess(assessed, .moderate)
      let escalated = try Self.report(registry, at: Self.at(2))
      try registry.assess(escalated, .moderate)
      try registry.decide(escalated) {
        try $0.escalate(
          to: .lawEnforcement, authority: nil, reason: "Plainte déposée",
          by: StoreFixture.actor, at: Self.at(5))
      }
      let monitored = try Self.report(registry, at: Self.at(3))
      try registry.assess(monitored, .moderate)
      try registry.transaction { tx in
        let id = try tx.requestMeasure(
          in: monitored, kind: .policeProtection,
          authority: "Préfecture imaginaire", due: nil, beneficiary: nil,
          by: StoreFixture.actor, at: Self.at(6))
        try tx.updateMeasure(
          id, to: .inPlace, note: nil, by: StoreFixture.actor, at: Self.at(7))
      }
      let resolved = try Self.report(registry, at: Self.at(4))
      try registry.assess(resolved, .moderate)
      try registry.decide(resolved) {
        try $0.resolve(
          outcome: "Contenu retiré", by: StoreFixture.actor, at: Self.at(8))
      }
      let closed = try Self.report(registry, at: Self.at(5))
      try registry.decide(closed) {
        try $0.close(
          reason: .withdrawn, duplicateOf: nil, by: StoreFixture.actor,
          at: Self.at(9))
      }
      #expect(try registry.caseState(monitored).status == .monitored)
      #expect(try registry.caseState(escalated).status == .escalated)

      let open = try registry.list(Self.query)
      #expect(
        Self.references(open)
          == [new, assessed, escalated, monitored].map(\.description))
      #expect(
        open.map(\.status) == [.new, .assessed, .escalated, .monitored])
      let ended = try Self.list(registry) {
        $0.statuses = [.resolved, .closed]
      }
      #expect(ended == [resolved, closed].map(\.description))
      let closedOnly = try registry.list(
        {
          var q = Self.query
          q.statuses = [.closed]
          return q
        }())
      #expect(closedOnly.map(\.closureReason) == [.withdrawn])
      #expect(
        try Self.list(registry) { $0.statuses = CaseStatus.allCases }.count
          == 6)
      #expect(try Self.list(registry) { $0.statuses = [] }.count == 6)
      #expect(
        try Self.list(registry) { $0.statuses = [.monitored] }
          == [monitored.description])
    }
  }

  @Test("cases are filtered by court and by appeal-court district")
  func courtFilters() throws {
    try withRegistry { registry in
      let bobigny = try Self.report(
        registry, at: Self.at(0), court: StoreFixture.bobigny)
      let paris = try Self.report(
        registry, at: Self.at(1), court: StoreFixture.parisTribunal)
      let appeal = try Self.report(
        registry, at: Self.at(2), court: StoreFixture.parisAppeal)
      let lille = try Self.report(
        registry, at: Self.at(3), court: StoreFixture.lille)

      #expect(
        try Self.list(registry) { $0.courts = ["tj93008"] }
          == [bobigny.description])
      #expect(
        try Self.list(registry) { $0.courts = ["tj93008", "tj59350"] }
          == [bobigny, lille].map(\.description))
      #expect(try Self.list(registry) { $0.courts = ["tj13055"] } == [])
      #expect(
        try Self.list(registry) { $0.appealCourt = "ca_paris" }
          == [bobigny, paris, appeal].map(\.description))
      #expect(
        try Self.list(registry) { $0.appealCourt = "ca_douai" }
          == [lille.description])
      #expect(
        try Self.list(registry) {
          $0.appealCourt = "ca_paris"
          $0.courts = ["tj75056", "tj59350"]
        } == [paris.description])
    }
  }

  @Test("cases are filtered by any of the kinds asked for")
  func kindFilter() throws {
    try withRegistry { registry in
      let both = try Self.report(
        registry, at: Self.at(0), kinds: [.threat, .doxxing])
      let harassment = try Self.report(
        registry, at: Self.at(1), kinds: [.harassment])
      let doxxing = try Self.report(registry, at: Self.at(2), kinds: [.doxxing])
      #expect(
        try Self.list(registry) { $0.kinds = [.doxxing] }
          == [both, doxxing].map(\.description))
      #expect(
        try Self.list(registry) { $0.kinds = [.harassment, .threat] }
          == [both, harassment].map(\.description))
      #expect(try Self.list(registry) { $0.kinds = [.assault] } == [])
      #expect(try Self.list(registry) { $0.kinds = [] }.count == 3)
    }
  }

  @Test("cases are filtered by the roles of the persons targeted")
  func roleFilter() throws {
    try withRegistry { registry in
      let judge = try Self.report(
        registry, at: Self.at(0),
        targets: [try StoreFixture.judge("Zénarine VAUOLIN")])
      let clerk = try Self.report(
        registry, at: Self.at(1),
        targets: [try StoreFixture.person("Morvan QUESTRELLE", .clerk)])
      let family = try Self.report(
        registry, at: Self.at(2),
        targets: [
          try StoreFixture.person("Ysolde CARMAVIEL", .prosecutor),
          try StoreFixture.person("Aldric CARMAVIEL", .family),
        ])
      #expect(
        try Self.list(registry) { $0.roles = [.family] }
          == [family.description])
      #expect(
        try Self.list(registry) { $0.roles = [.judge, .clerk] }
          == [judge, clerk].map(\.description))
      #expect(
        try Self.list(registry) { $0.roles = [.prosecutor] }
          == [family.description])
      #expect(try Self.list(registry) { $0.roles = [.trainee] } == [])
    }
  }

  @Test("cases are filtered by the person targeted")
  func personFilter() throws {
    try withRegistry { registry in
      let first = try Self.report(registry, at: Self.at(0))
      let other = try Self.report(
        registry, at: Self.at(1),
        targets: [try StoreFixture.person("Morvan QUESTRELLE", .clerk)])
      let again = try Self.report(
        registry, at: Self.at(2),
        targets: [
          .existing(PersonID(2)), .existing(PersonID(1)),
        ])
      #expect(
        try Self.list(registry) { $0.person = PersonID(1) }
          == [first, again].map(\.description))
      #expect(
        try Self.list(registry) { $0.person = PersonID(2) }
          == [other, again].map(\.description))
      #expect(try Self.list(registry) { $0.person = PersonID(3) } == [])
    }
  }

  @Test("cases are filtered by assignee")
  func assigneeFilter() throws {
    try withRegistry { registry in
      let first = try Self.report(registry, at: Self.at(0))
      let second = try Self.report(registry, at: Self.at(1))
      _ = try Self.report(registry, at: Self.at(2))
      try registry.decide(first) {
        try $0.assign(
          to: "Délégué Bêtaval", by: StoreFixture.actor, at: Self.at(3))
      }
      try registry.decide(second) {
        try $0.assign(
          to: "Déléguée Gamirel", by: StoreFixture.actor, at: Self.at(4))
      }
      let listed = try registry.list(
        {
          var q = Self.query
          q.assignee = "Délégué Bêtaval"
          return q
        }())
      #expect(Self.references(listed) == [first.description])
      #expect(listed.first?.assignee == "Délégué Bêtaval")
      #expect(try Self.list(registry) { $0.assignee = "Personne" } == [])
    }
  }

  @Test(
    "a minimum severity keeps cases at least that severe, assessed else reported"
  )
  func minimumSeverityFilter() throws {
    try withRegistry { registry in
      let low = try Self.report(registry, at: Self.at(0), severity: .low)
      let moderate = try Self.report(
        registry, at: Self.at(1), severity: .moderate)
      let high = try Self.report(registry, at: Self.at(2), severity: .high)
      let critical = try Self.report(
        registry, at: Self.at(3), severity: .critical)
      let raised = try Self.report(registry, at: Self.at(4), severity: .low)
      try registry.assess(raised, .critical)
      let lowered = try Self.report(registry, at: Self.at(5), severity: .high)
      try registry.assess(lowered, .low)

      #expect(
        try Self.list(registry) { $0.minimumSeverity = .high }
          == [critical, raised, high].map(\.description))
      #expect(
        try Self.list(registry) { $0.minimumSeverity = .critical }
          == [critical, raised].map(\.description))
      let atLeastModerate = try Self.list(registry) {
        $0.minimumSeverity = .moderate
      }
      #expect(
        atLeastModerate
          == [critical, raised, high, moderate].map(\.description))
      #expect(
        try Self.list(registry) { $0.minimumSeverity = .low }.count == 6)
      #expect(!atLeastModerate.contains(low.description))
      #expect(!atLeastModerate.contains(lowered.description))
    }
  }

  @Test("since is inclusive and until exclusive on the report date")
  func dateFilters() throws {
    try withRegistry { registry in
      let first = try Self.report(registry, at: Self.at(0))
      let second = try Self.report(registry, at: Self.at(24))
      let third = try Self.report(registry, at: Self.at(30))
      #expect(
        try Self.list(registry) { $0.since = Self.at(24) }
          == [second, third].map(\.description))
      #expect(
        try Self.list(registry) { $0.until = Self.at(24) }
          == [first.description])
      #expect(
        try Self.list(registry) {
          $0.since = Self.at(0)
          $0.until = Self.at(30)
        } == [first, second].map(\.description))
      #expect(
        try Self.list(registry) {
          $0.since = Self.at(1)
          $0.until = Self.at(24)
        } == [])
    }
  }

  @Test(
    "overdue-only lists missed assessments and measures past their due date")
  func overdueFilter() throws {
    try withRegistry { registry in
      let now = Date()
      func daysAgo(_ days: Double) -> Date {
        now.addingTimeInterval(-days * 86_400)
      }
      // Reported 30 days ago and never assessed: assessment overdue.
      let unassessed = try Self.report(
        registry, at: daysAgo(30), summary: "Jamais évalué")
      // Assessed in time, a measure due 20 days ago still awaited.
      let lateMeasure = try Self.report(registry, at: daysAgo(30))
      try registry.assess(lateMeasure, .high)
      try registry.transaction { tx in
        _ = try tx.requestMeasure(
          in: lateMeasure, kind: .contentTakedown,
          authority: "Plateforme imaginaire", due: daysAgo(20),
          beneficiary: nil, by: StoreFixture.actor, at: daysAgo(29))
        let granted = try tx.requestMeasure(
          in: lateMeasure, kind: .statutoryProtection,
          authority: "Cour d'appel imaginaire", due: daysAgo(10),
          beneficiary: nil, by: StoreFixture.actor, at: daysAgo(28))
        try tx.updateMeasure(
          granted, to: .granted, note: nil, by: StoreFixture.actor,
          at: daysAgo(27))
      }
      // Assessed, its late measure already in place; another due ahead.
      let onTime = try Self.report(registry, at: daysAgo(30))
      try registry.assess(onTime, .moderate)
      try registry.transaction { tx in
        let done = try tx.requestMeasure(
          in: onTime, kind: .policeProtection,
          authority: "Préfecture imaginaire", due: daysAgo(20),
          beneficiary: nil, by: StoreFixture.actor, at: daysAgo(29))
        try tx.updateMeasure(
          done, to: .inPlace, note: nil, by: StoreFixture.actor,
          at: daysAgo(25))
        _ = try tx.requestMeasure(
          in: onTime, kind: .securityAssessment,
          authority: "Service imaginaire", due: now.addingTimeInterval(86_400),
          beneficiary: nil, by: StoreFixture.actor, at: daysAgo(29))
      }
      // Reported an hour ago: not late yet.
      let fresh = try Self.report(
        registry, at: now.addingTimeInterval(-3_600))

      var query = CaseQuery(now: now)
      let all = try registry.list(query)
      #expect(all.count == 4)
      let byReference = Dictionary(
        uniqueKeysWithValues: all.map { ($0.reference, $0) })
      #expect(byReference[unassessed]?.assessmentOverdue == true)
      #expect(byReference[unassessed]?.overdueMeasures == 0)
      #expect(byReference[lateMeasure]?.assessmentOverdue == false)
      #expect(byReference[lateMeasure]?.overdueMeasures == 2)
      #expect(byReference[onTime]?.isOverdue == false)
      #expect(byReference[fresh]?.isOverdue == false)

      query.overdueOnly = true
      let overdue = try registry.list(query)
      #expect(
        Set(overdue.map(\.reference)) == [unassessed, lateMeasure])
      #expect(overdue.allSatisfy { $0.isOverdue })
      // The store agrees with the lifecycle rules of EgideCore.
      for listing in all {
        let state = try registry.caseState(listing.reference)
        #expect(listing.isOverdue == state.isOverdue(at: now))
        #expect(
          listing.overdueMeasures == state.overdueMeasures(at: now).count)
      }
      // Seen from before the deadlines, nothing is late.
      query.now = daysAgo(29)
      #expect(try registry.list(query) == [])
    }
  }

  @Test(
    "list --overdue and the core agree on every case status and every measure status"
  )
  func overdueAgreesOnEveryStatus() throws {
    try withRegistry { registry in
      let now = Date()
      func daysAgo(_ days: Double) -> Date {
        now.addingTimeInterval(-days * 86_400)
      }
      // One assessed case per measure status, its measure due in the past.
      let paths: [MeasureStatus: [MeasureStatus]] = [
        .requested: [], .granted: [.granted],
        .partiallyGranted: [.partiallyGranted], .refused: [.refused],
        .inPlace: [.inPlace], .lifted: [.inPlace, .lifted],
        .withdrawn: [.withdrawn],
      ]
      #expect(Set(paths.keys) == Set(MeasureStatus.allCases))
      for (_, path) in paths.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        let reference = try Self.report(registry, at: daysAgo(30))
        try registry.assess(reference, .moderate)
        try registry.transaction { tx in
          let measure = try tx.requestMeasure(
            in: reference, kind: .policeProtection,
            authority: "Préfecture imaginaire", due: daysAgo(10),
            beneficiary: nil, by: StoreFixture.actor, at: daysAgo(29))
          for (step, status) in path.enumerated() {
            try tx.updateMeasure(
              measure, to: status, note: nil, by: StoreFixture.actor,
              at: daysAgo(28 - Double(step)))
          }
        }
      }
      // One case per case status, its assessment due in the past.
      let new = try Self.report(registry, at: daysAgo(30))
      let escalated = try Self.report(registry, at: daysAgo(30))
      try registry.assess(escalated, .high)
      try registry.decide(escalated) {
        try $0.escalate(
          to: .headOfCourt, authority: nil, reason: "Menace réitérée",
          by: StoreFixture.actor, at: daysAgo(29))
      }
      let resolved = try Self.report(registry, at: daysAgo(30))
      try registry.assess(resolved, .low)
      try registry.decide(resolved) {
        try $0.resolve(
          outcome: "Plainte déposée", by: StoreFixture.actor, at: daysAgo(29))
      }
      let closed = try Self.report(registry, at: daysAgo(30))
      try registry.decide(closed) {
        try $0.close(
          reason: .unfounded, duplicateOf: nil, by: StoreFixture.actor,
          at: daysAgo(29))
      }
      var query = CaseQuery(now: now)
      query.statuses = CaseStatus.allCases
      let all = try registry.list(query)
      var statuses: Set<CaseStatus> = []
      for listing in all {
        let state = try registry.caseState(listing.reference)
        statuses.insert(state.status)
        #expect(
          listing.isOverdue == state.isOverdue(at: now), "\(state.status)")
        #expect(
          listing.assessmentOverdue == state.isAssessmentOverdue(at: now))
        #expect(
          listing.overdueMeasures == state.overdueMeasures(at: now).count,
          "\(state.measures.map(\.status))")
      }
      #expect(statuses == Set(CaseStatus.allCases), "\(statuses)")
      query.overdueOnly = true
      let late = Set(try registry.list(query).map(\.reference))
      var expected: Set<CaseReference> = []
      for listing in all
      where try registry.caseState(listing.reference).isOverdue(at: now) {
        expected.insert(listing.reference)
      }
      #expect(late == expected)
      #expect(late.contains(new))
      #expect(!late.contains(resolved) && !late.contains(closed))
    }
  }

  @Test(
    "by default the most severe come first, unrated as high, ties oldest first")
  func severityOrder() throws {
    try withRegistry { registry in
      let low = try Self.report(registry, at: Self.at(0), severity: .low)
      let moderate = try Self.report(
        registry, at: Self.at(1), severity: .moderate)
      let oldHigh = try Self.report(registry, at: Self.at(2), severity: .high)
      let unrated = try Self.report(registry, at: Self.at(3), severity: nil)
      let newHigh = try Self.report(registry, at: Self.at(4), severity: .high)
      let critical = try Self.report(
        registry, at: Self.at(5), severity: .critical)
      let expected = [critical, oldHigh, unrated, newHigh, moderate, low]
      let listed = try registry.list(Self.query)
      #expect(Self.references(listed) == expected.map(\.description))
      #expect(listed[2].severity == nil)
      #expect(
        try Self.list(registry) { $0.limit = 2 }
          == [critical, oldHigh].map(\.description))
      #expect(
        try Self.list(registry) { $0.limit = 0 } == [])
      // An assessment moves a case: the unrated one rated low goes last.
      try registry.assess(unrated, .low)
      #expect(
        try Self.list(registry) { _ in }
          == [critical, oldHigh, newHigh, moderate, low, unrated].map(
            \.description))
    }
  }

  @Test("the other orders sort by report, deadline, update and reference")
  func otherOrders() throws {
    try withRegistry { registry in
      let first = try Self.report(registry, at: Self.at(0), severity: .low)
      let second = try Self.report(
        registry, at: Self.at(1), severity: .critical)
      let third = try Self.report(registry, at: Self.at(2), severity: .moderate)
      try registry.decide(first) {
        try $0.note("Relance", by: StoreFixture.actor, at: Self.at(10))
      }
      #expect(
        try Self.list(registry) { $0.order = .reported }
          == [third, second, first].map(\.description))
      #expect(
        try Self.list(registry) { $0.order = .oldest }
          == [first, second, third].map(\.description))
      #expect(
        try Self.list(registry) { $0.order = .reference }
          == [first, second, third].map(\.description))
      #expect(
        try Self.list(registry) { $0.order = .updated }
          == [first, third, second].map(\.description))
      // Critical: 1 business day; low and moderate: 7.
      #expect(
        try Self.list(registry) { $0.order = .deadline }.first
          == second.description)
    }
  }
}
