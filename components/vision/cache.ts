/**
 * The image host's cache (components/vision/host.ts), keyed by content: the
 * same picture attached twice is checked once. Keys are SHA-256 of the image
 * bytes, which the asker computes (client.ts) and sends with the image.
 */

/** Hex SHA-256 of the bytes, via Web Crypto (browser pages, workers and Node 20 alike). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A small least-recently-used map: findings are short, but a long session attaches many images. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity = 64) {
    if (!(capacity >= 1)) throw new RangeError('capacity must be at least 1');
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Re-insert so the key becomes the most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
