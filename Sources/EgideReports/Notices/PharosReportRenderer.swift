import EgideCore
import Foundation

/// Writes a notice of the `pharos` channel as a report to PHAROS, in French
/// or English: the URLs, when each was recorded, what the content is, the
/// offences it may constitute and who reports it.
///
/// PHAROS (plateforme d'harmonisation, d'analyse, de recoupement et
/// d'orientation des signalements) is the platform of the ministère de
/// l'Intérieur where police and gendarmerie officers receive reports of
/// illegal public content, at https://www.internet-signalement.gouv.fr;
/// it is not a hosting service, so a report to it is not a DSA article 16
/// notice (read on 2026-12-05 at
/// https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos
/// and https://www.interieur.gouv.fr/A-votre-service/Ma-securite/Conseils-pratiques/Sur-internet/Signaler-un-contenu-suspect-ou-illicite-avec-PHAROS).
/// Its form asks where the content was seen (the URL), when, and what
/// kind of content it is. The date given for each URL is when it was
/// recorded in the registry: it was seen online then at the latest.
///
/// Pure: the notice and the date shown are all it reads.
public struct PharosReportRenderer: Sendable {
  /// The language of the text.
  public var language: ReportLanguage
  /// The zone dates are shown in.
  public var timeZone: TimeZone

  /// Creates a renderer.
  public init(language: ReportLanguage, timeZone: TimeZone) {
    self.language = language
    self.timeZone = timeZone
  }

  /// The title naming the platform reported to.
  public var title: String {
    switch language {
    case .fr:
      "Signalement PHAROS (plateforme d'harmonisation, d'analyse, de recoupement et d'orientation des signalements, www.internet-signalement.gouv.fr)"
    case .en:
      "Report to PHAROS (the French police and gendarmerie platform for illegal online content, www.internet-signalement.gouv.fr)"
    }
  }

  /// The report, dated when it was sent, else `now`.
  public func render(
    _ notice: TakedownNotice, as format: NoticeFormat, now: Date
  ) -> String {
    switch format {
    case .txt: text(notice, date: notice.sentAt ?? now)
    case .json: json(notice, date: notice.sentAt ?? now)
    }
  }

  private var notices: NoticeRenderer {
    NoticeRenderer(language: language, timeZone: timeZone)
  }

  private func text(_ notice: TakedownNotice, date: Date) -> String {
    let draft = notice.draft
    let fr = language == .fr
    var lines = [title, ""]
    lines.append(
      (fr
        ? "Service où les contenus sont publiés : "
        : "Service hosting the content: ")
        + draft.platform.rawValue)
    lines.append(
      (fr ? "Référence du signalant : " : "Reporter's reference: ")
        + "\(notice.id) / \(draft.measure)")
    lines.append("")
    lines.append(
      fr
        ? "1. Adresses des contenus et date à laquelle ils ont été constatés"
        : "1. Addresses of the content and when it was seen")
    for target in notice.targets {
      lines.append(
        "   - \(target.url) ("
          + (fr ? "constaté au plus tard le " : "seen on or before ")
          + moment(target.recordedAt) + ")")
    }
    lines.append("")
    lines.append(
      fr
        ? "2. Nature des contenus et infractions susceptibles d'être constituées"
        : "2. What the content is and the offences it may constitute")
    lines.append("   " + notices.reasons(notice))
    lines.append("")
    lines.append(fr ? "3. Signalant" : "3. Reported by")
    lines.append((fr ? "   Nom : " : "   Name: ") + draft.notifier.name)
    lines.append(
      (fr ? "   Adresse électronique : " : "   E-mail: ")
        + draft.notifier.email)
    lines.append("")
    lines.append(
      (fr ? "Fait le " : "Date: ") + notices.day(date) + ", "
        + draft.notifier.name)
    return lines.joined(separator: "\n")
  }

  private struct Document: Encodable {
    struct NotifierPart: Encodable {
      var name: String
      var email: String
    }
    struct Content: Encodable {
      var url: String
      var seenOnOrBefore: String
    }
    var channel: String
    var content: [Content]
    var date: String
    var explanation: String?
    var kinds: [String]
    var language: String
    var measure: String
    var notice: String
    var notifier: NotifierPart
    var offences: [String]
    var platform: String
    var reasons: String
    var recipient: String
    var status: String
    var title: String
    var urls: [String]
  }

  private func json(_ notice: TakedownNotice, date: Date) -> String {
    let draft = notice.draft
    let document = Document(
      channel: draft.channel.rawValue,
      content: notice.targets.map {
        .init(url: $0.url, seenOnOrBefore: notices.isoDate($0.recordedAt))
      },
      date: notices.isoDate(date), explanation: draft.reasons,
      kinds: draft.kinds.map(\.rawValue), language: language.rawValue,
      measure: draft.measure.description, notice: notice.id.description,
      notifier: .init(name: draft.notifier.name, email: draft.notifier.email),
      offences: notice.offences, platform: draft.platform.rawValue,
      reasons: notices.reasons(notice),
      recipient: "PHAROS, https://www.internet-signalement.gouv.fr",
      status: notice.status.rawValue, title: title,
      urls: notice.targets.map(\.url))
    return NoticeRenderer.jsonText(document)
  }

  /// A date and time in the renderer's zone: `dd/MM/yyyy HH:mm` in French,
  /// `yyyy-MM-dd HH:mm` in English.
  private func moment(_ date: Date) -> String {
    let p = Calendar.gregorian(in: timeZone).dateComponents(
      [.year, .month, .day, .hour, .minute], from: date)
    return language == .fr
      ? String(
        format: "%02d/%02d/%04d à %02d:%02d", p.day ?? 0, p.month ?? 0,
        p.year ?? 0, p.hour ?? 0, p.minute ?? 0)
      : String(
        format: "%04d-%02d-%02d %02d:%02d", p.year ?? 0, p.month ?? 0,
        p.day ?? 0, p.hour ?? 0, p.minute ?? 0)
  }
}
