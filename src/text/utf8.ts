/** Reading bytes that must be UTF-8, saying where they are not. */

const strict = new TextDecoder('utf-8', { fatal: true });

/** The text of `bytes`, or the offset of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { badByte: firstInvalidByte(bytes) };
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  // A lenient decode marks each bad sequence with U+FFFD; the first one not written as the
  // character itself (EF BF BD) is where the bytes stop being UTF-8.
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    const offset = encoder.encode(text.slice(0, at)).length;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return 0;
}
