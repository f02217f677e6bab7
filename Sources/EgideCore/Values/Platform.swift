/// The online platform or publisher that carried the content, for
/// takedown requests and per-platform statistics.
public enum Platform: String, DomainValue {
  case x
  case facebook
  case instagram
  case tiktok
  case youtube
  case linkedin
  case reddit
  case telegram
  case whatsapp
  case signal
  case snapchat
  case discord
  case twitch
  case mastodon
  case bluesky
  case website
  case other

  public static let fieldName = "platform"
}
