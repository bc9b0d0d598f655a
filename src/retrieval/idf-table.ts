/**
 * A `word value` per line table (jieba's idf.txt: 270k lines, 6 MB) looked up where it lies in
 * its buffer. A Map of its 270k strings cost ~84 MiB of a cold `liaison ask`'s RSS and ~0.25 s;
 * this open-addressing hash over line offsets costs 4 MiB and a few tens of ms to build.
 *
 * It answers as that Map did: a line's key is everything before its last space, a later line
 * wins for a repeated key, lines without a space (or starting with one) are no entries.
 */
export class IdfTable {
  /** Offset + 1 of each entry's line start; 0 marks an empty slot. */
  private slots = new Int32Array(1024);
  /** Each entry's key hash, so that probing and growing need not read the key again. */
  private hashes = new Uint32Array(1024);
  private entries = 0;

  constructor(private readonly bytes: Uint8Array) {
    // One pass in plain JS (a native indexOf per line costs more than the bytes): the hash runs on
    // through the line and is taken as it stood at the line's last space.
    let start = 0;
    let space = -1;
    let keyHash = 0;
    let h = FNV_OFFSET;
    for (let i = 0; i <= bytes.length; i++) {
      const byte = i < bytes.length ? bytes[i]! : NEWLINE;
      if (byte === NEWLINE) {
        if (space > start) this.insert(start, space - start, keyHash >>> 0);
        start = i + 1;
        space = -1;
        h = FNV_OFFSET;
        continue;
      }
      if (byte === SPACE) {
        space = i;
        keyHash = h;
      }
      h = Math.imul(h ^ byte, FNV_PRIME);
    }
  }

  /** The value of the word's line, as `Number` reads it; undefined for a word the table lacks. */
  get(word: string): number | undefined {
    const key = Buffer.from(word, 'utf8');
    const keyHash = hash(key);
    const mask = this.slots.length - 1;
    for (let slot = keyHash & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const start = this.slots[slot]! - 1;
      if (this.hashes[slot] !== keyHash || this.keyLength(start) !== key.length) continue;
      if (Buffer.compare(this.bytes.subarray(start, start + key.length), key) !== 0) continue;
      const from = start + key.length + 1;
      let to = this.bytes.indexOf(NEWLINE, from);
      if (to < 0) to = this.bytes.length;
      return Number(Buffer.from(this.bytes.buffer, this.bytes.byteOffset + from, to - from).toString('utf8'));
    }
    return undefined;
  }

  private insert(start: number, length: number, keyHash: number): void {
    // At most 70 % full, so a probe sequence stays short (idf.txt fills 2^19 slots to 52 %).
    if ((this.entries + 1) * 10 > this.slots.length * 7) this.grow();
    const mask = this.slots.length - 1;
    for (let slot = keyHash & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot]!;
      if (at === 0) {
        this.entries++;
      } else if (this.hashes[slot] !== keyHash || this.keyLength(at - 1) !== length || !sameBytes(this.bytes, at - 1, start, length)) {
        continue;
      }
      // A new key, or a repeated one whose later line wins.
      this.slots[slot] = start + 1;
      this.hashes[slot] = keyHash;
      return;
    }
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Uint32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === 0) continue;
      let slot = hashes[old]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[old]!;
      this.hashes[slot] = hashes[old]!;
    }
  }

  /** Length of the key of the line starting at `start`: up to its last space. */
  private keyLength(start: number): number {
    let end = this.bytes.indexOf(NEWLINE, start);
    if (end < 0) end = this.bytes.length;
    return this.bytes.lastIndexOf(SPACE, end - 1) - start;
  }
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, as the constructor computes it inline. */
function hash(bytes: Uint8Array): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}

function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}
