/**
 * A short, stable, non-cryptographic hash of a text (FNV-1a, 32 bits, in base
 * 36, seven characters): the same text always gives the same hash, on every
 * machine, so it can name things permanently.
 *
 * @param text - Any text.
 * @returns Seven characters of `[0-9a-z]`.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
