import EgideService

/// The refusal of a request body that ended before it was whole: its
/// client closed the connection, or sent fewer bytes than it announced.
///
/// It is answered 400, a fault of the client, so that the log of a
/// client that went away mid-upload shows no server error; nothing of
/// the body is kept.
enum BodyCut {
  /// The refusal of a body cut after `received` bytes (unknown when nil)
  /// of `announced` (unknown when nil).
  static func error(after received: Int?, of announced: Int?, field: String?)
    -> ServiceError
  {
    let got = received.map { "after \($0) bytes" } ?? "early"
    let expected = announced.map { " of the \($0) announced" } ?? ""
    return ServiceError(
      .badRequest,
      "the body ended \(got)\(expected): the connection closed before it was whole; nothing was kept, send it again",
      field: field)
  }
}
