/**
 * Gives a large typed array's memory back at once instead of at the next
 * garbage collection. The image host allocates tens of MB per image (pixels,
 * colour planes, model inputs); left to the collector, two or three images'
 * worth were alive together in the offscreen document (~110 MB of garbage at
 * its peak, 2026-12-07, `npm run bench -- memory`). Detaching the buffer
 * (ArrayBuffer.prototype.transfer(0), Chrome 114+, Firefox 122+) frees its
 * store now; where the runtime lacks it (Node 20) this does nothing and the
 * collector frees it as before.
 *
 * Only for an array that is the sole view of its own buffer, made by the
 * caller and read by nothing afterwards: a view into a shared or pooled
 * buffer (Node's Buffer pool, a wasm heap) is never touched.
 */
type Transferable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };

export function releaseArray(array: ArrayBufferView | undefined): boolean {
  if (!array) return false;
  const buffer = array.buffer as Transferable;
  if (!(buffer instanceof ArrayBuffer) || typeof buffer.transfer !== 'function') return false;
  if (array.byteOffset !== 0 || array.byteLength !== buffer.byteLength || buffer.byteLength === 0) return false;
  try {
    buffer.transfer(0);
    return true;
  } catch {
    // Not detachable (a wasm memory's buffer): it stays as it is.
    return false;
  }
}
