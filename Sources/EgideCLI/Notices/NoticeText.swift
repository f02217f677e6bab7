import EgideCore
import EgideService
import Foundation

/// Notices as text for people: where each stands, each URL with its
/// status and time to removal, the replies and the history.
///
/// URLs, the notifier and the statements are left out when they were not
/// revealed.
enum NoticeText {
  /// The text of `notice show`: one notice, or every notice of a measure.
  static func render(_ document: ShowNotices.Document, display: Display)
    -> String
  {
    if let measure = document.measure, document.notices.isEmpty {
      return Words.en(
        "\(measure): no notice; draft one with 'egide notice draft \(measure) --url URL --notifier NAME --email ADDRESS --channel platform_form'",
        fr:
          "\(measure) : aucune notification ; « egide notice draft \(measure) --url URL --notifier NOM --email ADRESSE --channel platform_form » en rédige une"
      )
    }
    var text = document.notices.map { render($0, display: display) }
      .joined(separator: "\n\n")
    if !document.identitiesRevealed {
      text += "\n" + HiddenWording.notice()
    }
    return text
  }

  /// The lines of one notice.
  static func render(_ entry: ShowNotices.Document.Entry, display: Display)
    -> String
  {
    let notice = entry.notice
    let typography = Typography(display: display)
    let time = { (text: String) in
      ISODate.date(text).map(typography.dateTime) ?? text
    }
    let channel = CaseListText.name(notice.channel, of: NoticeChannel.self)
    var lines = [
      Words.en(
        "\(notice.notice) · measure \(notice.measure) · case \(notice.caseReference) · \(notice.platform) · \(channel)",
        fr:
          "\(notice.notice) · mesure \(notice.measure) · dossier \(notice.caseReference) · \(notice.platform) · \(channel)"
      )
    ]
    var status =
      Words.en("status: ", fr: "statut : ")
      + CaseListText.name(notice.status, of: NoticeStatus.self)
    if let sentAt = notice.sentAt {
      status += Words.en(
        " · sent \(time(sentAt))", fr: " · envoyée le \(time(sentAt))")
      if let due = notice.followUpDue {
        status += Words.en(
          " · follow up on \(time(due))", fr: " · relance le \(time(due))")
        if notice.followUpOverdue {
          status += Words.en(" (OVERDUE)", fr: " (EN RETARD)")
        }
      }
    } else {
      status += Words.en(
        " · drafted \(time(notice.draftedAt)), not sent",
        fr: " · rédigée le \(time(notice.draftedAt)), non envoyée")
    }
    lines.append(status)
    if let name = HiddenIdentities.shown(notice.notifier.name),
      let email = HiddenIdentities.shown(notice.notifier.email)
    {
      lines.append(
        Words.en("notifier: ", fr: "notifiant : ") + "\(name) <\(email)>")
    }
    lines.append(
      Words.en("offences: ", fr: "infractions : ")
        + notice.offences.joined(separator: ", "))
    let removed = notice.urls.filter {
      $0.status == NoticeURLStatus.removed.rawValue
    }.count
    lines.append(
      Words.en(
        "URLs: \(notice.urls.count), removed \(removed)",
        fr:
          "URL : \(Typography.number(notice.urls.count)), retirées : \(Typography.number(removed))"
      ))
    let statusWidth =
      NoticeURLStatus.allCases.map {
        CaseListText.name($0.rawValue, of: NoticeURLStatus.self).count
      }.max() ?? 10
    for target in notice.urls {
      var line =
        "  \(target.position). "
        + CaseListText.name(target.status, of: NoticeURLStatus.self).padding(
          toLength: statusWidth, withPad: " ", startingAt: 0)
      if let decided = target.decidedAt {
        line += "  \(time(decided))"
      }
      if let seconds = target.timeToRemovalSeconds {
        line +=
          Words.en(
            "  time to removal ", fr: "  délai de retrait : ")
          + NoticeDuration.text(Double(seconds))
      }
      line += HiddenIdentities.suffix(target.url, separator: "  ")
      lines.append(line)
    }
    if !notice.replies.isEmpty {
      lines.append(Words.en("replies:", fr: "réponses :"))
      for reply in notice.replies {
        let positions = reply.positions.map(String.init).joined(
          separator: ", ")
        let decision = CaseListText.name(
          reply.decision, of: NoticeDecision.self)
        let statement = HiddenIdentities.suffix(
          reply.statement, separator: Words.en(": ", fr: " : "))
        lines.append(
          Words.en(
            "  \(time(reply.decidedAt)) \(decision) (URL \(positions))\(statement) — recorded by \(reply.recordedBy)",
            fr:
              "  \(time(reply.decidedAt)) \(decision) (URL \(positions))\(statement) — enregistrée par \(reply.recordedBy)"
          ))
      }
    }
    lines.append(Words.en("history:", fr: "historique :"))
    for event in entry.history {
      lines.append(
        Words.en(
          "  \(time(event.recordedAt)) \(event.change) by \(event.actor)",
          fr:
            "  \(time(event.recordedAt)) \(change(event.change)) par \(event.actor)"
        ))
    }
    return HiddenWording.marked(lines.joined(separator: "\n"))
  }

  /// A change of a notice's history in French; a change not known here is
  /// shown as its code.
  private static func change(_ code: String) -> String {
    switch code {
    case "drafted": "rédigée"
    case "url_added": "URL ajoutées"
    case "sent": "envoyée"
    case "replied": "réponse enregistrée"
    default: code
    }
  }
}
