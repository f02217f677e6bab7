/// A chambre de proximité ("tribunal de proximité") or an overseas section
/// détachée: a seat of a tribunal away from its main seat, part of that
/// tribunal rather than a court of its own.
///
/// COJ art. L212-8 (since 1 January 2020, loi n° 2019-222 du 23 mars 2019,
/// art. 95): "Le tribunal judiciaire peut comprendre, en dehors de son
/// siège, des chambres de proximité dénommées « tribunaux de proximité »";
/// their seats and districts are in the COJ's annexed tableau IV
/// (art. D212-19), which Reference/chambres_de_proximite.csv follows,
/// with the sections détachées of the tribunaux de première instance of
/// Nouméa and Papeete. Read on Légifrance through livv.eu's copy of the
/// COJ (version in force since 1 January 2020).
///
/// A case reported at a chambre de proximité belongs to its tribunal:
/// users name the chambre as they know it, the registry records the
/// tribunal.
public struct ProximityChamber: Hashable, Sendable {
  /// The code: Judilibre's where it publishes decisions under the
  /// chambre's own code (`tj47157`), else one made from the tribunal and
  /// the place (`cp_tj32013_condom`).
  public let code: String
  /// The name, such as `Chambre de proximité de Condom`.
  public let name: String
  /// The code of the tribunal it belongs to (`tj32013`).
  public let tribunalCode: String

  /// Creates a chambre; the directory builds these from the reference.
  public init(code: String, name: String, tribunalCode: String) {
    self.code = code
    self.name = name
    self.tribunalCode = tribunalCode
  }
}
