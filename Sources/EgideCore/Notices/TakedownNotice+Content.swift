import Foundation

/// What a notice may say about its content: the kinds it carries and the
/// trusted flagger it is sent through.
///
/// Trusted flaggers are entities to which the Digital Services Coordinator
/// of their Member State awards the status (Regulation (EU) 2022/2065,
/// art. 22; https://www.arcom.fr/espace-professionnel/signaleurs-de-confiance-conditions-et-candidatures,
/// read 2026-12-05); in France the coordinator is Arcom, designated by the
/// loi n° 2024-449 du 21 mai 2024 (SREN), which has awarded the status to
/// associations, none of the justice sector
/// (https://www.telesatellite.com/actu/67144-mise-en-oeuvre-du-reglement-sur-les-services-numeriques-en-france.html,
/// 10 July 2025). A notice sent "as a trusted flagger" therefore names the
/// organisation the notifier acts for.
extension TakedownNotice {
  /// The configuration key naming the designated trusted flagger.
  public static let trustedFlaggerKey = "notices.trusted_flagger_organisation"

  /// The kinds a notice names: `kinds` checked against the case, else the
  /// case's online kinds.
  ///
  /// - Parameters:
  ///   - kinds: The kinds chosen, or `nil`.
  ///   - state: The case.
  /// - Returns: The kinds, in the case's order, each once.
  /// - Throws: ``DomainError`` naming a kind that is not online content or
  ///   not a kind of the case, or saying the case has no online kind.
  static func contentKinds(_ kinds: [IncidentKind]?, of state: CaseState)
    throws(DomainError) -> [IncidentKind]
  {
    let online = state.report.kinds.filter(\.isOnlineContent)
    guard let kinds else {
      guard !online.isEmpty else {
        throw DomainError(
          .forbiddenTransition,
          "case \(state.reference) has no kind online content carries (\(state.report.kinds.map(\.rawValue).joined(separator: ", "))); online kinds: \(IncidentKind.onlineKinds.map(\.rawValue).joined(separator: ", "))"
        )
      }
      return online
    }
    guard !kinds.isEmpty else {
      throw DomainError(
        .invalidValue,
        "kinds is empty; accepted: one or more of \(online.map(\.rawValue).joined(separator: ", "))"
      )
    }
    for kind in kinds {
      guard kind.isOnlineContent else {
        throw DomainError(
          .invalidValue,
          "kind '\(kind.rawValue)' is not online content; accepted: \(online.map(\.rawValue).joined(separator: ", "))"
        )
      }
      guard state.report.kinds.contains(kind) else {
        throw DomainError(
          .invalidValue,
          "kind '\(kind.rawValue)' is not a kind of case \(state.reference); accepted: \(online.map(\.rawValue).joined(separator: ", "))"
        )
      }
    }
    return online.filter(kinds.contains)
  }

  /// The trusted flagger of a notice: required for the `trusted_flagger`
  /// channel, kept only for it.
  ///
  /// - Parameters:
  ///   - organisation: The designated organisation configured, if any.
  ///   - channel: The notice's channel.
  /// - Returns: The organisation for the trusted flagger channel, else
  ///   `nil`.
  /// - Throws: ``DomainError`` for the trusted flagger channel without an
  ///   organisation, saying what to configure.
  static func flagger(_ organisation: String?, for channel: NoticeChannel)
    throws(DomainError) -> String?
  {
    guard channel == .trustedFlagger else { return nil }
    let name = organisation?.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let name, !name.isEmpty else {
      throw DomainError(
        .forbiddenTransition,
        "channel 'trusted_flagger' needs the organisation designated as trusted flagger by Arcom (DSA art. 22) that you act for: set \(trustedFlaggerKey) in the configuration file, or use platform_form or pharos"
      )
    }
    return name
  }
}
