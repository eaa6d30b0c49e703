#if canImport(Glibc)
  import Glibc
#endif

/// Whether `lhs` sorts before `rhs` when their UTF-8 bytes are compared one by one (SPEC §5 "bytewise").
///
/// Unlike `String.<`, this ignores Unicode canonical equivalence: it is the order of the encoded bytes.
public func bytewiseLess(_ lhs: String, _ rhs: String) -> Bool {
  let fast = lhs.utf8.withContiguousStorageIfAvailable { left in
    rhs.utf8.withContiguousStorageIfAvailable { right in
      bytewiseLess(left, right)
    }
  }
  if let fast, let result = fast { return result }
  return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}

private func bytewiseLess(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
  let common = min(left.count, right.count)
  var index = 0
  while index < common {
    let a = left[index]
    let b = right[index]
    if a != b { return a < b }
    index += 1
  }
  return left.count < right.count
}

/// Whether `lhs` and `rhs` have the same UTF-8 bytes (not merely canonically equivalent characters).
public func bytewiseEqual(_ lhs: String, _ rhs: String) -> Bool {
  guard lhs.utf8.count == rhs.utf8.count else { return false }
  let fast = lhs.utf8.withContiguousStorageIfAvailable { left in
    rhs.utf8.withContiguousStorageIfAvailable { right in
      guard let leftStart = left.baseAddress, let rightStart = right.baseAddress else { return true }
      // One text's storage (a list repeating the same sentence on every row) is not read twice.
      return leftStart == rightStart || memcmp(leftStart, rightStart, left.count) == 0
    }
  }
  if let fast, let result = fast { return result }
  return lhs.utf8.elementsEqual(rhs.utf8)
}

extension Array where Element == String {
  /// The indices of the elements in bytewise order of the elements (ties keep index order).
  public func bytewiseOrder() -> [Int] {
    indices.sorted { first, second in
      if bytewiseLess(self[first], self[second]) { return true }
      if bytewiseLess(self[second], self[first]) { return false }
      return first < second
    }
  }
}
