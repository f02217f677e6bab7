import EgideCore
import Testing

/// The offence articles of each kind of incident follow the role of the
/// person targeted: magistrates, greffe and other staff, relatives.
@Suite("Offences by kind and by the person targeted")
struct OffenceMappingTests {
  /// One row of the table: a kind, a role, the articles it gives.
  struct Row: CustomTestStringConvertible, Sendable {
    var kind: IncidentKind
    var role: Role
    var articles: [String]
    var testDescription: String { "\(kind.rawValue) × \(role.rawValue)" }
  }

  static let magistrateOutrage = [
    "C. pén. 434-24", "loi du 29 juillet 1881, art. 31 et 33 al. 1",
  ]
  static let agentOutrage = [
    "C. pén. 433-5", "loi du 29 juillet 1881, art. 31 et 33 al. 1",
  ]
  static let profiling = ["C. pén. 226-18", "C. pén. 226-24", "C. pén. 226-31"]

  /// Every kind for every role: the table the notices cite from.
  static let table: [Row] = {
    var rows: [Row] = []
    for role in [Role.judge, .prosecutor] {
      rows += [
        Row(
          kind: .threat, role: role,
          articles: ["C. pén. 433-3 al. 1", "C. pén. 434-8"]),
        Row(
          kind: .intimidation, role: role,
          articles: ["C. pén. 434-8", "C. pén. 433-3 dernier al."]),
        Row(kind: .harassment, role: role, articles: ["C. pén. 222-33-2-2"]),
        Row(
          kind: .cyberharassment, role: role,
          articles: ["C. pén. 222-33-2-2"]),
        Row(kind: .doxxing, role: role, articles: ["C. pén. 223-1-1 al. 2"]),
        Row(
          kind: .assault, role: role,
          articles: ["C. pén. 222-13 4°", "C. pén. 222-7 s."]),
        Row(kind: .outrage, role: role, articles: magistrateOutrage),
        Row(kind: .propertyDamage, role: role, articles: ["C. pén. 322-1"]),
        Row(kind: .stalking, role: role, articles: []),
        Row(kind: .openDataExposure, role: role, articles: profiling),
        Row(kind: .other, role: role, articles: []),
      ]
    }
    for role in [Role.clerk, .staff, .trainee] {
      rows += [
        Row(kind: .threat, role: role, articles: ["C. pén. 433-3 al. 2"]),
        Row(
          kind: .intimidation, role: role,
          articles: ["C. pén. 433-3 dernier al."]),
        Row(kind: .harassment, role: role, articles: ["C. pén. 222-33-2-2"]),
        Row(
          kind: .cyberharassment, role: role,
          articles: ["C. pén. 222-33-2-2"]),
        Row(kind: .doxxing, role: role, articles: ["C. pén. 223-1-1 al. 2"]),
        Row(
          kind: .assault, role: role,
          articles: ["C. pén. 222-13 4° bis", "C. pén. 222-7 s."]),
        Row(kind: .outrage, role: role, articles: agentOutrage),
        Row(kind: .propertyDamage, role: role, articles: ["C. pén. 322-1"]),
        Row(kind: .stalking, role: role, articles: []),
        Row(kind: .openDataExposure, role: role, articles: profiling),
        Row(kind: .other, role: role, articles: []),
      ]
    }
    rows += [
      Row(kind: .threat, role: .family, articles: ["C. pén. 433-3 al. 4"]),
      Row(
        kind: .intimidation, role: .family, articles: ["C. pén. 433-3 al. 4"]),
      Row(kind: .harassment, role: .family, articles: ["C. pén. 222-33-2-2"]),
      Row(
        kind: .cyberharassment, role: .family,
        articles: ["C. pén. 222-33-2-2"]),
      Row(kind: .doxxing, role: .family, articles: ["C. pén. 223-1-1 al. 1"]),
      Row(
        kind: .assault, role: .family,
        articles: ["C. pén. 222-13 4° ter", "C. pén. 222-7 s."]),
      Row(
        kind: .outrage, role: .family,
        articles: ["loi du 29 juillet 1881, art. 32 et 33 al. 2"]),
      Row(kind: .propertyDamage, role: .family, articles: ["C. pén. 322-1"]),
      Row(kind: .stalking, role: .family, articles: []),
      Row(kind: .openDataExposure, role: .family, articles: []),
      Row(kind: .other, role: .family, articles: []),
    ]
    return rows
  }()

  @Test(
    "each kind against each role cites the articles of the table",
    arguments: table)
  func kindAgainstRoleCitesItsArticles(row: Row) {
    #expect(
      row.kind.offences(against: ProtectedCapacity(row.role)) == row.articles)
  }

  @Test("the table covers every kind for every role")
  func tableCoversEveryKindAndRole() {
    for kind in IncidentKind.allCases {
      for role in Role.allCases {
        #expect(
          Self.table.contains { $0.kind == kind && $0.role == role },
          "\(kind) × \(role) is not in the table")
      }
    }
  }

  @Test(
    "a greffier is never cited the articles that protect magistrates and those who sit in court"
  )
  func clerkIsNotCitedMagistrateArticles() {
    let articles = IncidentKind.offences(
      for: IncidentKind.allCases, against: [ProtectedCapacity(.clerk)])
    #expect(!articles.contains("C. pén. 434-24"))
    #expect(!articles.contains("C. pén. 434-8"))
    #expect(articles.contains("C. pén. 433-5"))
    #expect(articles.contains("C. pén. 433-3 al. 2"))
  }

  @Test(
    "the rules on publishing decisions are never cited as offences, and violence is never 222-7 alone"
  )
  func publishingRulesAreNotOffences() {
    let articles = IncidentKind.offences(
      for: IncidentKind.allCases,
      against: ProtectedCapacity.allCases)
    #expect(!articles.contains { $0.contains("L111-13") || $0.contains("L10") })
    #expect(!articles.contains("C. pén. 222-7"))
  }

  @Test("the roles map to the capacities criminal law protects")
  func rolesMapToCapacities() {
    #expect(ProtectedCapacity(.judge) == .magistrate)
    #expect(ProtectedCapacity(.prosecutor) == .magistrate)
    #expect(ProtectedCapacity(.clerk) == .publicServiceAgent)
    #expect(ProtectedCapacity(.staff) == .publicServiceAgent)
    #expect(ProtectedCapacity(.trainee) == .publicServiceAgent)
    #expect(ProtectedCapacity(.family) == .relative)
  }

  @Test("an assault, damage, stalking and other are not online content")
  func onlineKinds() {
    #expect(
      IncidentKind.onlineKinds == [
        .threat, .intimidation, .harassment, .cyberharassment, .doxxing,
        .outrage, .openDataExposure,
      ])
  }
}
