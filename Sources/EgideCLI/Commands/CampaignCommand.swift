import ArgumentParser
import EgideService

/// `egide campaign`: Clusters of cases that share an author or form a coordinated burst.
struct CampaignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "campaign",
    abstract: Words.en(
      "Clusters of cases that share an author or form a coordinated burst.",
      fr:
        "Groupes de dossiers qui partagent un auteur ou forment un raid coordonné."
    ),
    discussion: Words.en(
      """
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
      fr: """
        Une campagne liée est un groupe de dossiers qui partagent un auteur
        (un pseudonyme écrit de n'importe quelle façon : @Nom, nom,
        https://x.com/nom…) ou le site d'un contenu litigieux, directement ou
        par d'autres dossiers du groupe. Un raid coordonné, ce sont plusieurs
        auteurs distincts contre une même personne dans un court intervalle
        (par défaut 3 auteurs sur 2 dossiers ou plus en 72 heures). Les
        dossiers classés comme doublons sont écartés. Un utilisateur limité à
        une juridiction ou à un ressort ne voit que les campagnes parmi les
        dossiers de ce périmètre.

        Exemples :
          egide campaign list --since 01/11/2026
          egide campaign show 2026-0042
        """),
    subcommands: [List.self, Show.self])

  /// `egide campaign list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: Words.en(
        "List the campaigns, most recent activity first.",
        fr:
          "Liste les campagnes, de l'activité la plus récente à la plus ancienne."
      ),
      discussion: Words.en(
        """
        Shows counts, never a handle: 'egide campaign show REF' names the
        authors and sites that link a case's campaigns.

        Example:
          egide campaign list --since 01/11/2026 --min-cases 3
          egide campaign list --json
        """,
        fr: """
          Affiche des décomptes, jamais un pseudonyme : « egide campaign show
          REF » nomme les auteurs et les sites qui relient les campagnes d'un
          dossier.

          Exemples :
            egide campaign list --since 01/11/2026 --min-cases 3
            egide campaign list --json
          """))

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var rules: CampaignRuleOptions
    @Option(
      help: .en(
        "Only campaigns with a case on or after this date.",
        fr: "Seulement les campagnes ayant un dossier à cette date ou après."))
    var since: String?
    @Option(
      help: .en(
        "Only campaigns of at least this many cases (2 or more).",
        fr:
          "Seulement les campagnes d'au moins ce nombre de dossiers (2 ou plus)."
      ))
    var minCases = 2
    @Flag(
      help: .en(
        "Print JSON (stable keys, UTC dates) instead of text.",
        fr: "Écrit du JSON (clés stables, dates UTC) au lieu du texte."))
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
      abstract: Words.en(
        "Show the campaigns a case belongs to, with what links them.",
        fr:
          "Affiche les campagnes dont fait partie un dossier, avec ce qui les relie."
      ),
      discussion: Words.en(
        """
        With --identities and a --purpose (recorded in the access log before
        anything is shown), names the authors and sites shared by the cases:
        identifying, keep the output like the case files. Without, shows
        the campaigns and how many authors and sites link them.

        Example:
          egide campaign show 2026-0042
          egide campaign show 2026-0042 --identities --purpose "Brief the prosecutor"
        """,
        fr: """
          Avec --identities et un --purpose (consigné dans le journal des
          accès avant tout affichage), nomme les auteurs et les sites communs
          aux dossiers : cette sortie est identifiante, conservez-la comme les
          dossiers eux-mêmes. Sans ces options, affiche les campagnes et le
          nombre d'auteurs et de sites qui les relient.

          Exemples :
            egide campaign show 2026-0042
            egide campaign show 2026-0042 --identities --purpose "Note au procureur"
          """))

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var rules: CampaignRuleOptions
    @Argument(
      help: .caseReference,
      completion: CompletionValues.caseReferences) var reference: String
    @OptionGroup var reveal: RevealOptions
    @Flag(
      help: .en(
        "Print JSON (stable keys, UTC dates) instead of text.",
        fr: "Écrit du JSON (clés stables, dates UTC) au lieu du texte."))
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
      Words.en(
        "The longest window of a coordinated burst, in hours (1 to 720).",
        fr:
          "L'intervalle maximal d'un raid coordonné, en heures (1 à 720)."),
      valueName: "hours"))
  var burstWindow = 72
  @Option(
    help: ArgumentHelp(
      Words.en(
        "The fewest distinct authors of a coordinated burst (2 or more).",
        fr:
          "Le nombre minimal d'auteurs distincts d'un raid coordonné (2 ou plus)."
      ),
      valueName: "n"))
  var burstAuthors = 3
}
