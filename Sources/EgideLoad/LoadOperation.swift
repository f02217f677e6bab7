/// One kind of request the load driver sends.
enum LoadOperation: String, CaseIterable, Codable, Comparable, Sendable {
  /// `GET /v1/cases?courts=COURT&limit=50`: the first page of one court.
  case list
  /// `GET /v1/cases/{reference}`: one case, identities hidden.
  case show
  /// `POST /v1/cases`: a new case, answered 201 with its reference.
  case report
  /// `POST /v1/cases/{reference}/notes`: a note on an open case.
  case note

  /// Whether the operation writes to the registry.
  var writes: Bool { self == .report || self == .note }

  static func < (left: Self, right: Self) -> Bool {
    allCases.firstIndex(of: left) ?? 0 < allCases.firstIndex(of: right) ?? 0
  }
}

/// How often each operation is drawn: weights such as
/// `list=40,show=40,report=10,note=10`.
struct OperationMix: Sendable, CustomStringConvertible {
  /// The weight of each operation; an operation absent is never drawn.
  let weights: [(operation: LoadOperation, weight: Int)]
  private let total: Int

  /// The default mix: mostly reads, a fifth writes.
  static let standard = OperationMix(
    weights: [(.list, 40), (.show, 40), (.report, 10), (.note, 10)])

  private init(weights: [(operation: LoadOperation, weight: Int)]) {
    self.weights = weights.filter { $0.weight > 0 }
    total = self.weights.reduce(0) { $0 + $1.weight }
  }

  /// The mix a text such as `list=40,show=40,report=10,note=10` gives.
  ///
  /// - Throws: ``LoadError`` naming the part that is not `OPERATION=WEIGHT`.
  init(parsing text: String) throws(LoadError) {
    var weights: [(operation: LoadOperation, weight: Int)] = []
    for part in text.split(separator: ",") {
      let pair = part.split(separator: "=", maxSplits: 1)
      guard pair.count == 2,
        let operation = LoadOperation(rawValue: String(pair[0])),
        let weight = Int(pair[1]), weight >= 0
      else {
        throw LoadError(
          "mix: '\(part)' is not OPERATION=WEIGHT; operations: \(LoadOperation.allCases.map(\.rawValue).joined(separator: ", ")), weights 0 or more"
        )
      }
      weights.append((operation, weight))
    }
    self.init(weights: weights)
    guard total > 0 else {
      throw LoadError("mix: '\(text)' gives every operation a weight of 0")
    }
  }

  /// An operation drawn at random by weight.
  func draw(using generator: inout some RandomNumberGenerator) -> LoadOperation
  {
    var ticket = Int.random(in: 0..<total, using: &generator)
    for (operation, weight) in weights {
      if ticket < weight { return operation }
      ticket -= weight
    }
    return weights[weights.count - 1].operation
  }

  var description: String {
    weights.map { "\($0.operation.rawValue)=\($0.weight)" }
      .joined(separator: ",")
  }
}

/// A small seeded generator (SplitMix64): the same seed draws the same
/// operations, cases and names.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  /// A generator started at `seed`.
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A refusal of the load driver: bad options, or a server that does not
/// answer as expected before the load starts.
struct LoadError: Error, CustomStringConvertible {
  /// The message, saying what to do.
  let description: String

  /// A refusal with its message.
  init(_ description: String) { self.description = description }
}
