import Foundation

extension Array where Element: Sendable {
  /// The elements transformed on every core at once, in their order.
  ///
  /// Each element is transformed alone, so the result is the one a plain
  /// `map` gives; only the order in which the work is done differs. A scan
  /// reads its decisions this way: each decision is independent of the
  /// others, and a machine's cores read them side by side; a client reads
  /// the files of a scan so too.
  public func concurrentMap<Result: Sendable>(
    _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let slots = ConcurrentSlots<Result>(count: count)
    withoutActuallyEscaping(transform) { transform in
      self.withUnsafeBufferPointer { elements in
        let elements = UncheckedSendable(elements)
        DispatchQueue.concurrentPerform(iterations: count) { index in
          slots.store(transform(elements.value[index]), at: index)
        }
      }
    }
    return slots.values()
  }

  /// The elements transformed on every core at once, in their order; the
  /// first error in the elements' order is thrown, as a plain `map` would.
  public func concurrentMap<Result: Sendable, Failure: Error>(
    _ transform: @Sendable (Element) throws(Failure) -> Result
  ) throws(Failure) -> [Result] {
    let outcomes = concurrentMap { element in
      Swift.Result<Result, Failure> { () throws(Failure) in
        try transform(element)
      }
    }
    return try outcomes.map { outcome throws(Failure) in try outcome.get() }
  }
}

/// A value handed to the threads of one `concurrentPerform`, which only
/// read it while the call lasts.
private struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// One slot per element, each written once by the thread that transforms
/// that element and read after every thread has finished.
private final class ConcurrentSlots<Value>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<Value?>
  private let count: Int

  init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  func store(_ value: Value, at index: Int) {
    storage[index] = value
  }

  func values() -> [Value] {
    (0..<count).map { index in
      guard let value = storage[index] else {
        preconditionFailure("element \(index) was not transformed")
      }
      return value
    }
  }
}
