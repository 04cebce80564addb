/** Marks the characters covered by spans so later passes test overlap in O(length). */
export class Coverage {
  private readonly mask: Uint8Array;
  constructor(length: number, spans: readonly { start: number; end: number }[] = []) {
    this.mask = new Uint8Array(length);
    for (const s of spans) this.add(s.start, s.end);
  }
  add(s: number, e: number): void {
    this.mask.fill(1, s, e);
  }
  overlaps(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.mask[i]) return true;
    return false;
  }
}
