/// A failure of the registry file itself.
///
/// Missing, already there, from a newer version, altered, unreadable or
/// unwritable: its message says what to do.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of store failure, stable enough to map to exit statuses.
  public enum Code: String, Sendable {
    /// No registry at the path.
    case noRegistry
    /// `init` found a file already there.
    case alreadyExists
    /// The file is not an Égide registry, or is damaged.
    case notARegistry
    /// The registry was written by a newer Égide.
    case schemaTooNew
    /// An applied migration no longer matches the one shipped.
    case migrationChanged
    /// The file cannot be read or written (permissions, full disk).
    case io
    /// Another writer held the registry longer than the busy timeout:
    /// nothing was written, and the same request may succeed again.
    case busy
    /// A stored value cannot be decoded: the file was edited outside Égide.
    case corruptValue
    /// The registry key file is not there.
    case keyMissing
    /// The key given is not this registry's key, or not a key.
    case wrongKey
    /// The key file, or its folder, could be read, replaced or chosen by
    /// another user: it is a link, not owned by the user, open to others,
    /// or in a folder others can write.
    case keyUntrusted
    /// The command needs identities and the registry was opened without
    /// its key.
    case keyRequired
    /// The value was purged under the retention policy.
    case purged
  }

  /// What kind of failure this is.
  public var code: Code
  /// The one-line message for the user.
  public var message: String

  /// Creates an error of the given kind.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }
}
