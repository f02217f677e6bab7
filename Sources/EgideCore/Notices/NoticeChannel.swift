/// How a takedown notice reaches the platform.
public enum NoticeChannel: String, DomainValue {
  /// The platform's own notice form (DSA article 16).
  case platformForm = "platform_form"
  /// A report to PHAROS, the French police platform for illegal content.
  case pharos
  /// Through a trusted flagger, whose notices get priority (DSA article 22).
  case trustedFlagger = "trusted_flagger"

  public static let fieldName = "channel"

  /// The name of the channel in French, for the notice text.
  public var frenchLabel: String {
    switch self {
    case .platformForm: "formulaire de signalement de la plateforme"
    case .pharos: "signalement PHAROS"
    case .trustedFlagger: "signaleur de confiance (art. 22 DSA)"
    }
  }

  /// The name of the channel in English, for the notice text.
  public var englishLabel: String {
    switch self {
    case .platformForm: "the platform's notice form"
    case .pharos: "PHAROS report"
    case .trustedFlagger: "trusted flagger (DSA art. 22)"
    }
  }
}
