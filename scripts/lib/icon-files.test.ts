// Tests: the committed app icons are what the installers need: a 1024-px PNG, an .ico up to 256 px and an .icns up to 1024 px, each entry a PNG of its stated size.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ICNS_TYPES, icnsFromPngs, icoFromPngs, pngSize } from './icon-files'

const DIR = resolve(__dirname, '../../resources')

function icoEntries(ico: Buffer): Array<{ size: number; png: { width: number; height: number } | null }> {
  expect(ico.readUInt16LE(2)).toBe(1)
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i
    const size = ico.readUInt8(at) || 256
    const length = ico.readUInt32LE(at + 8)
    const offset = ico.readUInt32LE(at + 12)
    return { size, png: pngSize(ico.subarray(offset, offset + length)) }
  })
}

function icnsEntries(icns: Buffer): Array<{ type: string; png: { width: number; height: number } | null }> {
  expect(icns.toString('latin1', 0, 4)).toBe('icns')
  expect(icns.readUInt32BE(4)).toBe(icns.length)
  const out: Array<{ type: string; png: { width: number; height: number } | null }> = []
  for (let at = 8; at < icns.length; ) {
    const length = icns.readUInt32BE(at + 4)
    out.push({ type: icns.toString('latin1', at, at + 4), png: pngSize(icns.subarray(at + 8, at + length)) })
    at += length
  }
  return out
}

describe('committed app icons', () => {
  it('icon.png is 1024 × 1024', () => {
    expect(pngSize(readFileSync(join(DIR, 'icon.png')))).toEqual({ width: 1024, height: 1024 })
  })
  it('icon.ico holds PNGs of 16–256 px, each of its stated size', () => {
    const entries = icoEntries(readFileSync(join(DIR, 'icon.ico')))
    expect(entries.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (const e of entries) expect(e.png).toEqual({ width: e.size, height: e.size })
  })
  it('icon.icns holds PNGs of 16–1024 px under their Apple type codes', () => {
    const entries = icnsEntries(readFileSync(join(DIR, 'icon.icns')))
    expect(entries.map((e) => e.type)).toEqual([...ICNS_TYPES.values()])
    for (const [size, type] of ICNS_TYPES) expect(entries.find((e) => e.type === type)?.png).toEqual({ width: size, height: size })
  })
})

describe('containers', () => {
  const png = readFileSync(join(DIR, 'icon.png'))
  it('refuse sizes the formats cannot hold', () => {
    expect(() => icoFromPngs([{ size: 512, png }])).toThrow(RangeError)
    expect(() => icnsFromPngs([{ size: 48, png }])).toThrow(RangeError)
  })
  it('pngSize is null for bytes that are not a PNG', () => {
    expect(pngSize(Buffer.from('GIF89a........................'))).toBeNull()
  })
})
