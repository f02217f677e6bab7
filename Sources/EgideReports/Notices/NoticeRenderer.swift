import EgideCore
import Foundation

/// The formats a notice can be rendered in.
public enum NoticeFormat: String, Sendable, CaseIterable {
  /// Plain text, ready to paste into a platform's form or an e-mail.
  case txt
  /// A JSON document with the same content, sorted camelCase keys.
  case json
}

/// Writes a takedown notice as DSA article 16 requires it, in French or
/// English: the exact URLs, the reasons the content is illegal with the
/// offence articles of the notice's kinds for the persons targeted, the
/// notifier's name and e-mail, and the statement of good faith.
///
/// A notice of the `pharos` channel is not a DSA notice: PHAROS is the
/// reporting platform of the police and gendarmerie, not a hosting
/// service, so it is written by ``PharosReportRenderer``. A notice of the
/// `trusted_flagger` channel names the designated organisation as the
/// notifier (DSA art. 22) and the person who sends it on its behalf.
///
/// Regulation (EU) 2022/2065, art. 16(2) and art. 22, read at
/// https://www.ecommercekit.it/dsa/index.php?lang=FR on 2026-12-05.
///
/// Pure: the notice and the date shown are all it reads.
public struct NoticeRenderer: Sendable {
  /// The language of the text.
  public var language: ReportLanguage
  /// The zone the date of the notice is shown in.
  public var timeZone: TimeZone

  /// Creates a renderer.
  public init(language: ReportLanguage, timeZone: TimeZone) {
    self.language = language
    self.timeZone = timeZone
  }

  /// The statement of good faith DSA article 16(2)(d) requires.
  public var goodFaithStatement: String {
    switch language {
    case .fr:
      "Je déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes."
    case .en:
      "I declare in good faith that the information and allegations contained in this notice are accurate and complete."
    }
  }

  /// The title naming the legal basis.
  public var title: String {
    switch language {
    case .fr:
      "Notification au titre de l'article 16 du règlement (UE) 2022/2065 (DSA) relatif à un marché unique des services numériques"
    case .en:
      "Notice under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)"
    }
  }

  /// The notice, dated when it was sent, else `now`; a PHAROS report for
  /// the `pharos` channel.
  public func render(
    _ notice: TakedownNotice, as format: NoticeFormat, now: Date
  ) -> String {
    if notice.draft.channel == .pharos {
      return PharosReportRenderer(language: language, timeZone: timeZone)
        .render(notice, as: format, now: now)
    }
    switch format {
    case .txt: return text(notice, date: notice.sentAt ?? now)
    case .json: return json(notice, date: notice.sentAt ?? now)
    }
  }

  /// Why the content is illegal: who is targeted, the kinds, the offence
  /// articles and the notifier's own explanation.
  public func reasons(_ notice: TakedownNotice) -> String {
    let offences = notice.offences
    let who = targeted(notice.draft.capacities)
    switch language {
    case .fr:
      let kinds = notice.draft.kinds.map(\.frenchLabel).joined(separator: ", ")
      var text =
        "Les contenus situés aux adresses ci-dessus visent \(who) en raison de fonctions judiciaires et relèvent des faits suivants : \(kinds)."
      if !offences.isEmpty {
        text +=
          " Ils sont illicites au regard du droit français, notamment des dispositions suivantes : "
          + offences.joined(separator: " ; ") + "."
      }
      if let reasons = notice.draft.reasons {
        text += " Précisions : \(reasons)"
      }
      return text
    case .en:
      let kinds = notice.draft.kinds.map {
        $0.rawValue.replacingOccurrences(of: "_", with: " ")
      }.joined(separator: ", ")
      var text =
        "The content at the addresses above targets \(who) because of judicial functions and amounts to: \(kinds)."
      if !offences.isEmpty {
        text +=
          " It is illegal under French law, in particular under the following provisions: "
          + offences.joined(separator: "; ") + "."
      }
      if let reasons = notice.draft.reasons {
        text += " Details: \(reasons)"
      }
      return text
    }
  }

  /// Who the content targets, by the capacities recorded with the notice.
  func targeted(_ capacities: [ProtectedCapacity]) -> String {
    let fr = language == .fr
    guard !capacities.isEmpty else {
      return fr
        ? "une personne (magistrat ou personnel de justice)"
        : "a person (a magistrate or court staff member)"
    }
    return capacities.map { capacity in
      switch capacity {
      case .magistrate: fr ? "un magistrat" : "a magistrate"
      case .publicServiceAgent:
        fr
          ? "un agent du greffe ou de la juridiction"
          : "a member of the court's greffe or staff"
      case .relative:
        fr
          ? "un proche d'un magistrat ou d'un agent de justice"
          : "a relative of a magistrate or court staff member"
      }
    }.joined(separator: fr ? " et " : " and ")
  }

  private func channelLabel(_ channel: NoticeChannel) -> String {
    language == .fr ? channel.frenchLabel : channel.englishLabel
  }

  private func text(_ notice: TakedownNotice, date: Date) -> String {
    let draft = notice.draft
    let fr = language == .fr
    var lines = [title, ""]
    lines.append(
      (fr ? "Destinataire : " : "To: ") + draft.platform.rawValue + " ("
        + channelLabel(draft.channel) + ")")
    lines.append(
      (fr ? "Référence du notifiant : " : "Notifier's reference: ")
        + "\(notice.id) / \(draft.measure)")
    lines.append("")
    lines.append(
      fr
        ? "1. Emplacement électronique exact des contenus (art. 16, § 2, b)"
        : "1. Exact electronic location of the content (Art. 16(2)(b))")
    for target in notice.targets { lines.append("   - \(target.url)") }
    lines.append("")
    lines.append(
      fr
        ? "2. Motifs pour lesquels les contenus sont illicites (art. 16, § 2, a)"
        : "2. Reasons why the content is illegal (Art. 16(2)(a))")
    lines.append("   " + reasons(notice))
    lines.append("")
    lines.append(
      fr ? "3. Notifiant (art. 16, § 2, c)" : "3. Notifier (Art. 16(2)(c))")
    if let flagger = draft.trustedFlagger {
      lines.append((fr ? "   Nom : " : "   Name: ") + flagger)
      lines.append(
        fr
          ? "   Qualité : signaleur de confiance désigné (art. 22 DSA)"
          : "   Status: designated trusted flagger (DSA Art. 22)")
      lines.append(
        (fr ? "   Pour lui : " : "   On its behalf: ") + draft.notifier.name)
    } else {
      lines.append((fr ? "   Nom : " : "   Name: ") + draft.notifier.name)
    }
    lines.append(
      (fr ? "   Adresse électronique : " : "   E-mail: ")
        + draft.notifier.email)
    lines.append("")
    lines.append(
      fr
        ? "4. Déclaration de bonne foi (art. 16, § 2, d)"
        : "4. Statement of good faith (Art. 16(2)(d))")
    lines.append("   " + goodFaithStatement)
    lines.append("")
    lines.append(
      (fr ? "Fait le " : "Date: ") + day(date) + ", " + signature(draft))
    return lines.joined(separator: "\n")
  }

  /// Who signs: the notifier, for the trusted flagger when there is one.
  func signature(_ draft: NoticeDraft) -> String {
    guard let flagger = draft.trustedFlagger else { return draft.notifier.name }
    return draft.notifier.name + (language == .fr ? " pour " : " for ")
      + flagger
  }

  private struct Document: Encodable {
    struct NotifierPart: Encodable {
      var name: String
      var email: String
    }
    var channel: String
    var date: String
    var explanation: String?
    var goodFaithStatement: String
    var kinds: [String]
    var language: String
    var legalBasis: String
    var measure: String
    var notice: String
    var notifier: NotifierPart
    var offences: [String]
    var platform: String
    var reasons: String
    var status: String
    var title: String
    var trustedFlagger: String?
    var urls: [String]
  }

  private func json(_ notice: TakedownNotice, date: Date) -> String {
    let draft = notice.draft
    let document = Document(
      channel: draft.channel.rawValue, date: isoDate(date),
      explanation: draft.reasons, goodFaithStatement: goodFaithStatement,
      kinds: draft.kinds.map(\.rawValue), language: language.rawValue,
      legalBasis: draft.trustedFlagger == nil
        ? "Regulation (EU) 2022/2065, Article 16"
        : "Regulation (EU) 2022/2065, Articles 16 and 22",
      measure: draft.measure.description, notice: notice.id.description,
      notifier: .init(name: draft.notifier.name, email: draft.notifier.email),
      offences: notice.offences, platform: draft.platform.rawValue,
      reasons: reasons(notice), status: notice.status.rawValue, title: title,
      trustedFlagger: draft.trustedFlagger, urls: notice.targets.map(\.url))
    return Self.jsonText(document)
  }

  /// A document as the JSON of a notice or report: sorted keys, indented,
  /// slashes as they are.
  static func jsonText(_ document: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [
      .sortedKeys, .prettyPrinted, .withoutEscapingSlashes,
    ]
    // Strings, numbers and arrays of them only: encoding cannot fail.
    guard let data = try? encoder.encode(document) else {
      preconditionFailure("a notice document always encodes")
    }
    return String(decoding: data, as: UTF8.self)
  }

  func day(_ date: Date) -> String {
    let p = Calendar.gregorian(in: timeZone).dateComponents(
      [.year, .month, .day], from: date)
    return language == .fr
      ? String(format: "%02d/%02d/%04d", p.day ?? 0, p.month ?? 0, p.year ?? 0)
      : String(format: "%04d-%02d-%02d", p.year ?? 0, p.month ?? 0, p.day ?? 0)
  }

  func isoDate(_ date: Date) -> String {
    let utc = TimeZone(secondsFromGMT: 0) ?? timeZone
    let p = Calendar.gregorian(in: utc).dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: date)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", p.year ?? 0, p.month ?? 0,
      p.day ?? 0, p.hour ?? 0, p.minute ?? 0, p.second ?? 0)
  }
}
