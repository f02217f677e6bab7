import ArgumentParser
import EgideService

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

    func run() throws {
      let client = try registry.client()
      let document = try client.send(
        ListCampaigns(
          since: since, minCases: minCases, burstWindow: rules.burstWindow,
          burstAuthors: rules.burstAuthors))
      if json {
        print(try JSONOutput.render(document))
      } else {
        print(CampaignText.list(document, display: client.display))
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
      let purpose = try reveal.requested()
      let client = try registry.client()
      let document = try client.send(
        ShowCampaigns(
          reference: reference, burstWindow: rules.burstWindow,
          burstAuthors: rules.burstAuthors, purpose: purpose))
      if json {
        print(try JSONOutput.render(document))
      } else {
        print(CampaignText.show(document, display: client.display))
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
}
