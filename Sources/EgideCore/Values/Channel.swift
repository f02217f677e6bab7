/// How the incident reached the targeted person.
public enum Channel: String, DomainValue {
  case socialNetwork = "social_network"
  case press
  case broadcast
  case email
  case phone
  case letter
  case inPerson = "in_person"
  case hearing
  case home
  case messaging
  case openData = "open_data"
  case other

  public static let fieldName = "channel"

  /// Whether a platform (`--platform`) can be named for this channel.
  public var hasPlatforms: Bool {
    switch self {
    case .socialNetwork, .messaging, .broadcast, .press, .other: true
    default: false
    }
  }
}
