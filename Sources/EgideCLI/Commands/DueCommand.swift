import ArgumentParser
import EgideCore
import EgideService

/// `egide due`: the notices awaiting a platform's answer past their
/// follow-up date.
struct DueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "due",
    abstract: Words.en(
      "List the notices awaiting an answer past their follow-up date.",
      fr:
        "Liste les notifications sans réponse dont la date de relance est passée."
    ),
    discussion: Words.en(
      """
      A notice is due for a follow-up when it was sent, some URL still has
      no decision, and the follow-up delay of its channel has passed since
      sending. The delays are calendar days, set in the config file under
      [notices] (platform_form, pharos, trusted_flagger); defaults:
      trusted_flagger 2, platform_form 7, pharos 14. The list names no
      person and no URL. A user limited to a court or a ressort sees the
      notices of its cases only.

      Example:
        egide due
        egide due --json
      """,
      fr: """
        Une notification est à relancer lorsqu'elle a été envoyée, qu'une URL
        au moins attend encore une décision et que le délai de relance de son
        canal est écoulé depuis l'envoi. Les délais sont en jours
        calendaires, fixés dans le fichier de configuration sous [notices]
        (platform_form, pharos, trusted_flagger) ; par défaut :
        trusted_flagger 2, platform_form 7, pharos 14. La liste ne nomme
        aucune personne et aucune URL. Un utilisateur limité à une
        juridiction ou à un ressort ne voit que les notifications de ses
        dossiers.

        Exemples :
          egide due
          egide due --json
        """))

  @OptionGroup var registry: RegistryOptions
  @Flag(
    help: .en(
      "Print JSON (stable keys, UTC dates) instead of text.",
      fr: "Écrit du JSON (clés stables, dates UTC) au lieu du texte."))
  var json = false

  func run() throws {
    let client = try registry.client()
    let document = try client.send(ListDueNotices())
    if json {
      print(try JSONOutput.render(document.notices))
      return
    }
    if document.notices.isEmpty {
      print(
        Words.en(
          "no notice is past its follow-up date",
          fr: "aucune notification n'a dépassé sa date de relance"))
      return
    }
    let typography = Typography(display: client.display)
    var table = TextTable(
      headers: Words.french
        ? [
          "NOTIFICATION", "DOSSIER", "MESURE", "PLATEFORME", "CANAL",
          "ENVOYÉE", "RELANCE DUE", "RETARD", "URL EN ATTENTE",
        ]
        : [
          "NOTICE", "CASE", "MEASURE", "PLATFORM", "CHANNEL", "SENT",
          "FOLLOW UP", "LATE", "URLS PENDING",
        ])
    for row in document.notices {
      let sent = ISODate.date(row.sentAt).map(typography.columnDateTime) ?? "-"
      let followUp =
        ISODate.date(row.followUpDue).map(typography.columnDateTime) ?? "-"
      table.rows.append([
        row.notice, row.caseReference, row.measure, row.platform,
        CaseListText.name(row.channel, of: NoticeChannel.self), sent, followUp,
        Words.en("\(row.daysLate) d", fr: "\(row.daysLate) j"),
        "\(row.pendingUrls)/\(row.urls)",
      ])
    }
    print(table.render(width: Terminal.width))
  }
}
