/// Who signs a change: the name given with `--actor`, `$EGIDE_ACTOR`, or
/// the operating-system user.
public enum Actor {
  /// Checks an actor name: not empty, at most 200 characters, one line.
  public static func validate(_ name: String) throws(DomainError) -> String {
    let name = try TextRule.required(
      name, field: "actor", limit: TextRule.shortLimit)
    if name.contains(where: \.isNewline) {
      throw DomainError(
        .invalidValue, "actor '\(name)' spans several lines; give one line")
    }
    return name
  }
}
