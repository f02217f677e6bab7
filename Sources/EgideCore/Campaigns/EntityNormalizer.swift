import Foundation

/// Turns the authors of a report and the addresses of evidence into
/// ``LinkedEntity`` values, so that one author written several ways links
/// the cases.
///
/// Rules:
/// - A handle loses its leading `@`, is lowercased, and loses its accents
///   (the handles of the large platforms are ASCII and case-insensitive, so
///   folding only merges typing variants). Dots, underscores and hyphens
///   are kept: `corbeau.noir` and `corbeau_noir` are two accounts.
/// - The platform is not part of the key: `@corbeau_noir` given as an
///   author and `https://x.com/corbeau_noir` are one author. Reports rarely
///   say where a handle lives, and one handle on two platforms is a strong
///   sign of one author.
/// - A profile or post address on a known platform (`x.com/NAME`,
///   `tiktok.com/@NAME`, `t.me/NAME`, `instagram.com/NAME`…) gives the
///   account; a Mastodon-style address `https://host/@name` gives
///   `name@host`. Such a platform is never a linking domain: sharing
///   `x.com` links nothing.
/// - Any other address gives its domain: the host, lowercased, without
///   `www.`. Archives and URL shorteners are platforms too.
/// - A name (`Prénom NOM`) is lowercased, accents folded, spaces collapsed.
/// - Markers of an unknown author (`inconnu`, `anonyme`, `unknown`, `?`…)
///   give nothing: they must not link every anonymous case.
public enum EntityNormalizer {
  /// The entities an author, as written in a report, stands for: one
  /// author, or a domain for the address of a site; none for an unknown
  /// author.
  public static func entities(author raw: String) -> [LinkedEntity] {
    let text = raw.trimmingWhitespaceAndNewlines()
    if let address = webAddress(text) {
      return entities(address: address)
    }
    guard let value = author(text) else { return [] }
    return [LinkedEntity(kind: .author, value: value)]
  }

  /// The entities a piece of evidence at this URL stands for: the account
  /// of a platform address, else the site's domain; none for text that is
  /// not an address.
  public static func entities(url raw: String) -> [LinkedEntity] {
    guard
      let address = webAddress(
        raw.trimmingWhitespaceAndNewlines())
    else { return [] }
    return entities(address: address)
  }

  /// The entities of all the authors of a report, without repeats, sorted.
  public static func entities(authors: [String]) -> [LinkedEntity] {
    Array(Set(authors.flatMap { entities(author: $0) })).sorted()
  }

  /// The normalised form of a handle or a name, or `nil` when it says the
  /// author is unknown.
  public static func author(_ raw: String) -> String? {
    var text = fold(raw)
    while text.hasPrefix("@") { text.removeFirst() }
    while text.hasSuffix("/") { text.removeLast() }
    text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !text.isEmpty, !unknownMarkers.contains(text),
      text.contains(where: { $0.isLetter || $0.isNumber })
    else { return nil }
    return text
  }

  /// The domain of a host: lowercased, without a trailing dot or `www.`.
  public static func domain(ofHost host: String) -> String {
    var host = host.lowercased()
    while host.hasSuffix(".") { host.removeLast() }
    if host.hasPrefix("www.") { host.removeFirst(4) }
    return host
  }

  /// Whether content on this host says nothing about who published it.
  public static func isSharedHost(_ domain: String) -> Bool {
    sharedHosts.contains { domain == $0 || domain.hasSuffix("." + $0) }
  }

  /// Words a delegate writes when the author is not known.
  static let unknownMarkers: Set<String> = [
    "inconnu", "inconnue", "inconnus", "auteur inconnu", "anonyme",
    "anonymes", "unknown", "anonymous", "n/a", "na", "nc", "?", "-", "aucun",
    "none", "x",
  ]

  /// Platforms, archives and shorteners: sharing one of them links nothing.
  static let sharedHosts: [String] = [
    "x.com", "twitter.com", "t.co", "facebook.com", "fb.com", "fb.me",
    "messenger.com", "instagram.com", "threads.net", "tiktok.com",
    "youtube.com", "youtu.be", "linkedin.com", "lnkd.in", "reddit.com",
    "redd.it", "t.me", "telegram.me", "telegram.org", "whatsapp.com",
    "wa.me", "signal.org", "signal.me", "snapchat.com", "discord.com",
    "discord.gg", "twitch.tv", "bsky.app", "mastodon.social", "google.com",
    "goo.gl", "bit.ly", "tinyurl.com", "archive.org", "archive.ph",
    "archive.today", "archive.is",
  ]

  /// First path segments that are pages of a platform, not accounts.
  static let reservedSegments: Set<String> = [
    "i", "home", "search", "hashtag", "intent", "share", "sharer",
    "explore", "settings", "messages", "notifications", "p", "reel",
    "reels", "tv", "watch", "groups", "pages", "events", "story.php",
    "permalink.php", "profile.php", "photo.php", "login", "status",
    "joinchat", "shorts", "embed", "results", "feed", "r",
  ]

  /// Parses text as a web address: with a scheme, or a bare
  /// `host.tld/path` (`x.com/corbeau_noir`) or `www.host.tld`; a bare
  /// `corbeau.noir` is a handle, not a site.
  static func webAddress(_ text: String) -> URLComponents? {
    guard !text.contains(where: \.isWhitespace), !text.hasPrefix("@")
    else { return nil }
    let lowered = text.lowercased()
    var candidate = text
    if !(lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) {
      let host = text.prefix { $0 != "/" }
      guard host.contains("."),
        text.contains("/") || lowered.hasPrefix("www."),
        host.allSatisfy({ $0.isLetter || $0.isNumber || "-.".contains($0) }),
        host.last?.isLetter == true
      else { return nil }
      candidate = "https://" + text
    }
    guard let components = URLComponents(string: candidate),
      let host = components.host, host.contains(".")
    else { return nil }
    return components
  }

  /// The account of a platform address, or the domain of any other.
  static func entities(address: URLComponents) -> [LinkedEntity] {
    guard let host = address.host else { return [] }
    let domain = domain(ofHost: host)
    let segments = address.path.split(separator: "/").map { String($0) }
    if let account = account(domain: domain, segments: segments),
      let value = author(account)
    {
      return [LinkedEntity(kind: .author, value: value)]
    }
    if isSharedHost(domain) { return [] }
    return [LinkedEntity(kind: .domain, value: domain)]
  }

  /// The account named by the path of a platform address, if any.
  static func account(domain: String, segments: [String]) -> String? {
    func matches(_ hosts: String...) -> Bool {
      hosts.contains { domain == $0 || domain.hasSuffix("." + $0) }
    }
    let first = segments.first?.removingPercentEncoding ?? segments.first
    let second = segments.count > 1 ? segments[1] : nil
    func plain(_ segment: String?) -> String? {
      guard let segment, !segment.isEmpty,
        !reservedSegments.contains(segment.lowercased())
      else { return nil }
      return segment
    }
    if matches("tiktok.com") || matches("youtube.com") {
      if let first, first.hasPrefix("@") { return first }
      if matches("youtube.com"), ["c", "user"].contains(first) {
        return plain(second)
      }
      return nil
    }
    if matches("reddit.com") {
      return ["u", "user"].contains(first) ? plain(second) : nil
    }
    if matches("bsky.app") { return first == "profile" ? plain(second) : nil }
    if matches("linkedin.com") { return first == "in" ? plain(second) : nil }
    if matches("snapchat.com") { return first == "add" ? plain(second) : nil }
    if matches("t.me", "telegram.me") {
      if first == "s" { return plain(second) }
      if let first, first.hasPrefix("+") { return nil }
      return plain(first)
    }
    if matches(
      "x.com", "twitter.com", "instagram.com", "facebook.com", "fb.com",
      "twitch.tv", "threads.net")
    {
      if let first, first.hasPrefix("@") { return first }
      return plain(first)
    }
    if isSharedHost(domain) { return nil }
    // A Mastodon-style profile on its own instance: name@host.
    if let first, first.hasPrefix("@"), first.count > 1 {
      return "\(first.dropFirst())@\(domain)"
    }
    return nil
  }

  /// Lowercased, without accents.
  static func fold(_ text: String) -> String {
    text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
      locale: Locale(identifier: "en_US_POSIX")
    ).lowercased()
  }
}
