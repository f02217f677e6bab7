/// A small deterministic generator (SplitMix64), so that the same seed
/// gives the same demo registry on every machine.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < p
  }

  /// One value, drawn with the given weights.
  mutating func weighted<T>(_ choices: [(T, Int)]) -> T {
    let total = choices.reduce(0) { $0 + $1.1 }
    var pick = Int.random(in: 0..<total, using: &self)
    for (value, weight) in choices {
      if pick < weight { return value }
      pick -= weight
    }
    return choices[choices.count - 1].0
  }

  /// One element of a non-empty array, each equally likely.
  mutating func pick<T>(_ values: [T]) -> T {
    precondition(!values.isEmpty, "pick needs at least one value")
    return values[Int.random(in: 0..<values.count, using: &self)]
  }
}
