// scripts: icon containers. Packs PNG images into a Windows .ico and a macOS .icns; both formats accept PNG payloads as they are.

/** An .ico holding one PNG per size (Windows Vista and later read PNG entries); a 256-px entry is written as size 0. */
export function icoFromPngs(images: ReadonlyArray<{ size: number; png: Uint8Array }>): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  const entries: Buffer[] = []
  let offset = 6 + 16 * images.length
  for (const { size, png } of images) {
    if (size < 1 || size > 256) throw new RangeError(`An .ico entry is 1–256 px, not ${size}`)
    const e = Buffer.alloc(16)
    e.writeUInt8(size === 256 ? 0 : size, 0)
    e.writeUInt8(size === 256 ? 0 : size, 1)
    e.writeUInt16LE(1, 4)
    e.writeUInt16LE(32, 6)
    e.writeUInt32LE(png.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += png.length
    entries.push(e)
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => Buffer.from(i.png))])
}

/** The .icns type codes that carry PNG data, by pixel size (Apple's "Icon Image format" table). */
export const ICNS_TYPES: ReadonlyMap<number, string> = new Map([
  [16, 'icp4'],
  [32, 'icp5'],
  [64, 'icp6'],
  [128, 'ic07'],
  [256, 'ic08'],
  [512, 'ic09'],
  [1024, 'ic10'],
])

/** An .icns: the 'icns' magic and total length, then one (type, length, PNG) block per size. Lengths are big-endian and include the 8-byte block header. */
export function icnsFromPngs(images: ReadonlyArray<{ size: number; png: Uint8Array }>): Buffer {
  const blocks = images.map(({ size, png }) => {
    const type = ICNS_TYPES.get(size)
    if (type === undefined) throw new RangeError(`No .icns PNG type for ${size} px`)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(8 + png.length, 4)
    return Buffer.concat([head, Buffer.from(png)])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + blocks.reduce((n, b) => n + b.length, 0), 4)
  return Buffer.concat([head, ...blocks])
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const b = Buffer.from(png)
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') return null
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
}
