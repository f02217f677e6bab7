import Foundation
import Testing

@testable import EgideCore

/// The calendars and clocks of the courts: Alsace-Moselle's two extra
/// holidays, each overseas territory's own day and time zone, and a
/// deadline that ends at 23:59 where the court sits.
@Suite("Court calendars")
struct LocalCalendarTests {
  /// An instant given as a wall-clock time in the zone of `calendar`.
  static func local(
    _ calendar: LocalCalendar, _ year: Int, _ month: Int, _ day: Int,
    _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0
  ) -> Date {
    Fixture.instant(
      year, month, day, hour, minute, second, in: calendar.timeZone)
  }

  /// The court with `code` in the shipped list.
  static func court(_ code: String) throws -> Court {
    try #require(CourtDirectory.shared.court(code: code), "no court \(code)")
  }

  /// When a case reported at `court` at `reportedAt` is due, by the
  /// opening event a real report records.
  static func due(
    at code: String, reportedAt: Date, severity: Severity = .critical
  ) throws -> Date {
    var newCase = try Fixture.newCase(reportedSeverity: severity)
    newCase.court = try court(code)
    let event = newCase.openingEvent(
      targets: [PersonID(1)], by: Fixture.actor, at: reportedAt,
      deadlines: .standard)
    guard case .reported(let report) = event.change else {
      Issue.record("the opening event is not a report")
      return .distantPast
    }
    return report.assessmentDue
  }

  @Test(
    "a critical case at TJ Strasbourg reported the day before Good Friday is due the Tuesday after Easter",
    arguments: ["tj67482", "ca_colmar", "ca_metz"])
  func goodFridayInAlsaceMoselle(code: String) throws {
    let due = try Self.due(
      at: code, reportedAt: Fixture.paris(2026, 4, 2, 10))
    #expect(due == Fixture.paris(2026, 4, 7, 23, 59, 59))
  }

  @Test("the same case at TJ Paris is due on Good Friday")
  func goodFridayInParis() throws {
    let due = try Self.due(
      at: "tj75056", reportedAt: Fixture.paris(2026, 4, 2, 10))
    #expect(due == Fixture.paris(2026, 4, 3, 23, 59, 59))
  }

  @Test(
    "the administrative courts of Saint-Martin and Saint-Barthélemy keep Basse-Terre's calendar"
  )
  func basseTerreSeat() throws {
    for code in ["ta_saint_martin", "ta_saint_barthelemy"] {
      #expect(try Self.court(code).calendar == .guadeloupe)
    }
  }

  @Test("26 December is not a working day in Alsace-Moselle but is in Paris")
  func saintStephen() {
    let alsace = BusinessCalendar(
      timeZone: Fixture.paris, holidays: .alsaceMoselle)
    // 26 December 2025 is a Friday.
    #expect(!alsace.isBusinessDay(Fixture.paris(2025, 12, 26, 12)))
    #expect(Fixture.calendar.isBusinessDay(Fixture.paris(2025, 12, 26, 12)))
  }

  @Test("a Martinique deadline ends at 23:59 Fort-de-France time")
  func martiniqueClock() throws {
    // Reported on Thursday 21 May 2026; 22 May is the abolition day, 25 May
    // Whit Monday: due Tuesday 26 May, 23:59 in Fort-de-France.
    let due = try Self.due(
      at: "tj97209",
      reportedAt: Self.local(.martinique, 2026, 5, 21, 10))
    #expect(due == Self.local(.martinique, 2026, 5, 26, 23, 59, 59))
    #expect(due == Fixture.utc(2026, 5, 27, 3, 59, 59))
  }

  @Test("a Mayotte deadline ends at 23:59 Mamoudzou time")
  func mayotteClock() throws {
    // Reported on Friday 24 April 2026; 27 April is the abolition day.
    let due = try Self.due(
      at: "tj97611", reportedAt: Self.local(.mayotte, 2026, 4, 24, 10))
    #expect(due == Self.local(.mayotte, 2026, 4, 28, 23, 59, 59))
    #expect(due == Fixture.utc(2026, 4, 28, 20, 59, 59))
  }

  static let overseasSeats: [(String, LocalCalendar)] = [
    ("tj97105", .guadeloupe), ("tj97209", .martinique), ("tj97302", .guyane),
    ("tj97411", .reunion), ("tj97611", .mayotte),
    ("tpi_saint_pierre", .saintPierreEtMiquelon),
    ("tj98818", .nouvelleCaledonie), ("tj98735", .polynesieFrancaise),
    ("tj98613", .wallisEtFutuna),
  ]

  @Test(
    "an overseas court's deadline ends at 23:59 in its own time zone",
    arguments: overseasSeats)
  func overseasClock(code: String, calendar: LocalCalendar) throws {
    // Tuesday 13 October 2026, 10:00 local time; the 14th is a working day
    // everywhere.
    let due = try Self.due(
      at: code, reportedAt: Self.local(calendar, 2026, 10, 13, 10))
    #expect(due == Self.local(calendar, 2026, 10, 14, 23, 59, 59))
    #expect(due != Fixture.paris(2026, 10, 14, 23, 59, 59))
  }

  @Test("22 May is not a working day at Fort-de-France but is in Paris")
  func martiniqueAbolitionDay() throws {
    let fortDeFrance = BusinessCalendar(court: try Self.court("tj97209"))
    #expect(
      !fortDeFrance.isBusinessDay(Self.local(.martinique, 2026, 5, 22, 12)))
    #expect(Fixture.calendar.isBusinessDay(Fixture.paris(2026, 5, 22, 12)))
  }

  static let territoryDays: [(LocalCalendar, Int, Int, Int, String)] = [
    (.guadeloupe, 2026, 5, 27, "abolition of slavery, décret 83-1003"),
    (.guyane, 2026, 6, 10, "abolition of slavery, décret 83-1003"),
    (.reunion, 2027, 12, 20, "abolition of slavery, décret 83-1003"),
    (.mayotte, 2026, 4, 27, "abolition of slavery, décret 83-1003"),
    (.saintMartin, 2026, 5, 28, "abolition of slavery, préfecture"),
    (.saintBarthelemy, 2026, 10, 9, "abolition of slavery, décret 2012-553"),
    (.nouvelleCaledonie, 2026, 9, 24, "24 September, AIT art. 74"),
    (.polynesieFrancaise, 2026, 3, 5, "arrival of the Gospel"),
    (.polynesieFrancaise, 2026, 4, 3, "Good Friday"),
    (.polynesieFrancaise, 2023, 6, 29, "fête de l'autonomie until 2024"),
    (.polynesieFrancaise, 2026, 11, 20, "Matari'i i nia from 2025"),
  ]

  @Test(
    "each overseas territory's own holiday is not a working day there but is in Paris",
    arguments: territoryDays)
  func territoryHoliday(
    calendar: LocalCalendar, year: Int, month: Int, day: Int, name: String
  ) {
    let local = BusinessCalendar(
      timeZone: calendar.timeZone, holidays: calendar)
    #expect(
      !local.isBusinessDay(Self.local(calendar, year, month, day, 12)),
      "\(name)")
    #expect(
      Fixture.calendar.isBusinessDay(Fixture.paris(year, month, day, 12)),
      "\(name)")
  }

  @Test("29 June is a working day in French Polynesia from 2025")
  func autonomyDayReplaced() {
    let papeete = BusinessCalendar(
      timeZone: LocalCalendar.polynesieFrancaise.timeZone,
      holidays: .polynesieFrancaise)
    // 29 June 2026 is a Monday.
    #expect(
      papeete.isBusinessDay(Self.local(.polynesieFrancaise, 2026, 6, 29, 12)))
  }

  @Test("every court of the reference list has a time zone and a calendar")
  func everyCourt() {
    let courts = CourtDirectory.shared.courts
    #expect(courts.count == 258)
    for court in courts {
      #expect(
        TimeZone(identifier: court.calendar.timeZoneIdentifier) != nil,
        "\(court) has no time zone")
      #expect(
        court.calendar == Self.expectedCalendar(of: court.code),
        "\(court) keeps \(court.calendar.rawValue)")
    }
    // No court of the list sits in Saint-Martin or Saint-Barthélemy.
    for calendar in LocalCalendar.allCases
    where ![.saintMartin, .saintBarthelemy].contains(calendar) {
      #expect(
        courts.contains { $0.calendar == calendar },
        "no court keeps \(calendar.rawValue)")
    }
  }

  /// The calendar a court's seat gives it: the department in a
  /// tribunal judiciaire's code (57, 67, 68 for Alsace-Moselle, 971–976
  /// overseas), else the territory of its seat.
  static func expectedCalendar(of code: String) -> LocalCalendar {
    let named: [String: LocalCalendar] = [
      "ca_colmar": .alsaceMoselle, "ca_metz": .alsaceMoselle,
      "ta_strasbourg": .alsaceMoselle,
      "ca_basse_terre": .guadeloupe, "ta_guadeloupe": .guadeloupe,
      "ca_fort_de_france": .martinique, "ta_martinique": .martinique,
      "ca_cayenne": .guyane, "ta_guyane": .guyane,
      "ca_st_denis_reunion": .reunion, "ta_la_reunion": .reunion,
      "ta_mayotte": .mayotte,
      // CJA R221-3: both sit at Basse-Terre, in Guadeloupe.
      "ta_saint_martin": .guadeloupe, "ta_saint_barthelemy": .guadeloupe,
      "tsa_saint_pierre": .saintPierreEtMiquelon,
      "tpi_saint_pierre": .saintPierreEtMiquelon,
      "ta_saint_pierre_et_miquelon": .saintPierreEtMiquelon,
      "ca_noumea": .nouvelleCaledonie, "tj98818": .nouvelleCaledonie,
      "ta_nouvelle_caledonie": .nouvelleCaledonie,
      "ca_papeete": .polynesieFrancaise, "tj98735": .polynesieFrancaise,
      "ta_polynesie_francaise": .polynesieFrancaise,
      "tj98613": .wallisEtFutuna, "ta_wallis_et_futuna": .wallisEtFutuna,
    ]
    if let calendar = named[code] { return calendar }
    guard code.hasPrefix("tj") else { return .metropolitan }
    let department = code.dropFirst(2)
    if ["57", "67", "68"].contains(String(department.prefix(2))) {
      return .alsaceMoselle
    }
    let overseas: [String: LocalCalendar] = [
      "971": .guadeloupe, "972": .martinique, "973": .guyane,
      "974": .reunion, "976": .mayotte,
    ]
    return overseas[String(department.prefix(3))] ?? .metropolitan
  }

  @Test(
    "the courts of departments 57, 67 and 68 keep the Alsace-Moselle calendar")
  func alsaceMoselleCourts() {
    let codes = Set(
      CourtDirectory.shared.courts.filter { $0.calendar == .alsaceMoselle }
        .map(\.code))
    #expect(
      codes == [
        "tj68066", "tj68224", "tj67437", "tj67482", "tj57463", "tj57631",
        "tj57672", "ca_colmar", "ca_metz", "ta_strasbourg",
      ])
  }
}
