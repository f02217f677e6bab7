import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide campaign`: Clusters of cases that share an author or form a coordinated burst.
struct CampaignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "campaign",
    abstract:
      "Clusters of cases that share an author or form a coordinated burst.",
    discussion: """
      A linked campaign is a group of cases that share an author (a handle
      written any way: @Name, name, https://x.com/name…) or the site of
      offending content, directly or through other cases of the group. A
      coordinated burst is several distinct authors against one person
      within a short window (by default 3 authors over 2 cases or more
      within 72 hours). Cases closed as duplicates are left out. A user
      limited to a court or a ressort sees the campaigns among the cases of
      that scope only.

      Example:
        egide campaign list --since 01/11/2026
        egide campaign show 2026-0042
      """,
    subcommands: [List.self, Show.self])

  /// `egide campaign list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the campaigns, most recent activity first.",
      discussion: """
        Shows counts, never a handle: 'egide campaign show REF' names the
        authors and sites that link a case's campaigns.

        Example:
          egide campaign list --since 01/11/2026 --min-cases 3
          egide campaign list --json
        """)

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var rules: CampaignRuleOptions
    @Option(help: "Only campaigns with a case on or after this date.")
    var since: String?
    @Option(help: "Only campaigns of at least this many cases (2 or more).")
    var minCases = 2
    @Flag(help: "Print JSON (stable keys, UTC dates) instead of text.")
    var json = false

    func validate() throws {
      guard minCases >= 2 else {
        throw ValidationError(
          "min-cases '\(minCases)' is not accepted; a campaign has 2 cases or more"
        )
      }
    }

    func run() throws {
      let settings = try registry.settings()
      let since = try since.map { value throws(DomainError) in
        try settings.dates.parse(value, field: "since").start
      }
      let access = try settings.authorize(.campaignList)
      let store = access.registry
      try store.indexEntitiesIfPending()
      let rules = rules.rules
      let campaigns = CampaignFinder.campaigns(
        in: try store.campaignCases().filter { access.sees(court: $0.court) },
        rules: rules
      ).filter { campaign in
        campaign.cases.count >= minCases
          && since.map { campaign.last >= $0 } ?? true
      }
      let display = Display(timeZone: settings.timeZone)
      if json {
        print(
          try JSONOutput.render(
            CampaignDocument(campaigns: campaigns, rules: rules)))
      } else {
        print(CampaignText.list(campaigns, rules: rules, display: display))
      }
    }
  }

  /// `egide campaign show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show the campaigns a case belongs to, with what links them.",
      discussion: """
        With --identities and a --purpose (recorded in the access log before
        anything is shown), names the authors and sites shared by the cases:
        identifying, keep the output like the case files. Without, shows
        the campaigns and how many authors and sites link them.

        Example:
          egide campaign show 2026-0042
          egide campaign show 2026-0042 --identities --purpose "Brief the prosecutor"
        """)

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var rules: CampaignRuleOptions
    @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
    @OptionGroup var reveal: RevealOptions
    @Flag(help: "Print JSON (stable keys, UTC dates) instead of text.")
    var json = false

    func run() throws {
      let settings = try registry.settings()
      let reference = try CaseReference.parse(reference)
      let purpose = try reveal.requested()
      let access = try settings.authorize(
        .campaignShow, on: .case(reference))
      let store =
        try purpose.map { purpose in
          try access.reveal(
            .campaign, purpose: purpose, cases: [reference],
            details: ["command": "campaign show"])
        } ?? access.registry
      try store.indexEntitiesIfPending()
      let rules = rules.rules
      let campaigns = CampaignFinder.campaigns(
        of: reference,
        in: try store.campaignCases().filter { access.sees(court: $0.court) },
        rules: rules)
      let values = try store.entityValues(
        campaigns.flatMap(\.sharedEntities))
      let display = Display(timeZone: settings.timeZone)
      if json {
        print(
          try JSONOutput.render(
            CampaignDocument(
              reference: reference, campaigns: campaigns, values: values,
              rules: rules)))
      } else {
        print(
          CampaignText.show(
            reference, campaigns, values: values, rules: rules,
            display: display))
      }
    }
  }
}

/// The options that set when cases form a coordinated burst.
struct CampaignRuleOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The longest window of a coordinated burst, in hours (1 to 720).",
      valueName: "hours"))
  var burstWindow = 72
  @Option(
    help: ArgumentHelp(
      "The fewest distinct authors of a coordinated burst (2 or more).",
      valueName: "n"))
  var burstAuthors = 3

  func validate() throws {
    guard (1...720).contains(burstWindow) else {
      throw ValidationError(
        "burst-window '\(burstWindow)' is not accepted; give 1 to 720 hours")
    }
    guard burstAuthors >= 2 else {
      throw ValidationError(
        "burst-authors '\(burstAuthors)' is not accepted; a burst has 2 authors or more"
      )
    }
  }

  /// The rules these options give.
  var rules: CampaignRules {
    CampaignRules(
      burstWindow: TimeInterval(burstWindow) * 3_600,
      burstMinimumAuthors: burstAuthors)
  }
}
