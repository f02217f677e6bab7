/// What identifies a targeted person: the fields a copied registry must
/// never give away, kept apart from the facts that statistics use.
public struct PersonIdentity: Hashable, Sendable, Codable {
  /// The person's name as the reporter gave it.
  public var name: String
  /// A telephone number or e-mail address, if recorded.
  public var contact: String?
  /// A home address, if recorded (for measures such as patrols).
  public var homeAddress: String?

  /// Creates an identity from a name and optional contact details.
  public init(name: String, contact: String? = nil, homeAddress: String? = nil)
  {
    self.name = name
    self.contact = contact
    self.homeAddress = homeAddress
  }
}
