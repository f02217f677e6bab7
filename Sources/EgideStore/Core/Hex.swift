/// Lower-case hexadecimal of bytes: how digests, blind indexes and key
/// checks are written in the registry.
func hex<Bytes: Sequence>(_ bytes: Bytes) -> String
where Bytes.Element == UInt8 {
  let digits = Array("0123456789abcdef".utf8)
  var text: [UInt8] = []
  text.reserveCapacity(64)
  for byte in bytes {
    text.append(digits[Int(byte >> 4)])
    text.append(digits[Int(byte & 0x0f)])
  }
  return String(decoding: text, as: UTF8.self)
}
