// Tests: the fuse settings, the binary path per platform, and flipping + reading back on a stand-in binary (no Electron download needed).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import { electronBinaryPath, flipFusesAfterPack, fuseMismatches, LIKETRACE_FUSES } from './fuses'

/** The marker Electron puts before its fuse wire (@electron/fuses constants). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** A stand-in for an Electron binary: bytes, the sentinel, wire version 1, 8 fuses as Electron 45 ships them, more bytes. */
function fakeBinary(dir: string, name: string): string {
  const shipped = '10110001' // Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, integrity off, asar-only off, snapshot off, file privileges on
  const bytes = Buffer.concat([Buffer.alloc(4096, 0xcc), Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, 8]), Buffer.from(shipped, 'latin1'), Buffer.alloc(4096, 0xdd)])
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('LIKETRACE_FUSES', () => {
  it('is exactly the hardened set, every fuse explicit', () => {
    expect(LIKETRACE_FUSES.strictlyRequireAllFuses).toBe(true)
    expect({
      RunAsNode: LIKETRACE_FUSES[FuseV1Options.RunAsNode],
      EnableNodeOptionsEnvironmentVariable: LIKETRACE_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      EnableNodeCliInspectArguments: LIKETRACE_FUSES[FuseV1Options.EnableNodeCliInspectArguments],
      EnableEmbeddedAsarIntegrityValidation: LIKETRACE_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      OnlyLoadAppFromAsar: LIKETRACE_FUSES[FuseV1Options.OnlyLoadAppFromAsar],
      EnableCookieEncryption: LIKETRACE_FUSES[FuseV1Options.EnableCookieEncryption],
      GrantFileProtocolExtraPrivileges: LIKETRACE_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    })
    const numbered = Object.values(FuseV1Options).filter((v) => typeof v === 'number')
    for (const option of numbered) expect(typeof LIKETRACE_FUSES[option as FuseV1Options], FuseV1Options[option as FuseV1Options]).toBe('boolean')
  })
})

describe('electronBinaryPath', () => {
  const packager = { appInfo: { productFilename: 'LikeTrace' }, executableName: 'liketrace' }
  it.each([
    ['linux', join('/out/linux-unpacked', 'liketrace')],
    ['win32', join('/out/linux-unpacked', 'LikeTrace.exe')],
    ['darwin', join('/out/linux-unpacked', 'LikeTrace.app')],
    ['mas', join('/out/linux-unpacked', 'LikeTrace.app')],
  ])('%s → %s', (platform, path) => {
    expect(electronBinaryPath({ appOutDir: '/out/linux-unpacked', electronPlatformName: platform, arch: 1, packager })).toBe(path)
  })
})

describe('flipFusesAfterPack', () => {
  it('flips every fuse in the packed binary and reads them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liketrace-fuses-'))
    const binary = fakeBinary(dir, 'liketrace')
    const before = await getCurrentFuseWire(binary)
    expect(fuseMismatches(before)).toEqual([
      'RunAsNode',
      'EnableCookieEncryption',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar',
      'GrantFileProtocolExtraPrivileges',
    ])
    await flipFusesAfterPack({ appOutDir: dir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'LikeTrace' }, executableName: 'liketrace' } })
    expect(fuseMismatches(await getCurrentFuseWire(binary))).toEqual([])
    // Only the 8 wire bytes changed.
    const after = readFileSync(binary)
    const at = after.indexOf(SENTINEL) + SENTINEL.length + 2
    expect(after.subarray(at, at + 8).toString('latin1')).toBe('01001100')
    expect(after.length).toBe(4096 + SENTINEL.length + 2 + 8 + 4096)
  })

  it('fails the build when the binary has no fuse wire', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liketrace-fuses-'))
    writeFileSync(join(dir, 'LikeTrace.exe'), Buffer.alloc(1024))
    await expect(flipFusesAfterPack({ appOutDir: dir, electronPlatformName: 'win32', arch: 1, packager: { appInfo: { productFilename: 'LikeTrace' } } })).rejects.toThrow(/sentinel/)
  })
})
