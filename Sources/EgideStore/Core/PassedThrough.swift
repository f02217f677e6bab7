/// An error of the caller's own code, thrown inside a read or a
/// transaction of the registry: the transaction is undone and `error` is
/// thrown as it is, not as a failure of the database.
///
/// An import that refuses its file after writing some of its rows throws
/// its refusal this way; an export passes on what its writer threw.
public struct PassedThrough: Error {
  /// The caller's error.
  public let error: any Error

  /// Carries `error` out of a read or a transaction.
  public init(_ error: any Error) { self.error = error }
}
