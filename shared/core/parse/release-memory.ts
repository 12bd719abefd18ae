// shared/core: Electron-free. Gives a large typed array's memory back at once, instead of at the next full garbage collection.

/**
 * Detaches the memory behind `arrays` by transferring it to a short-lived copy, which the next young-generation
 * collection frees. A column read at the start of a large import is old by the time it is no longer needed: left to
 * itself it would stay allocated until a full collection, which may not come before the import ends, and the peak
 * memory would hold every column ever used. The arrays are empty afterwards; use them no more.
 */
export function releaseMemory(...arrays: ArrayBufferView[]): void {
  const buffers = new Set<ArrayBuffer>()
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0) buffers.add(a.buffer)
  if (buffers.size > 0) structuredClone([...buffers], { transfer: [...buffers] })
}
