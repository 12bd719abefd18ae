// scripts: packaging. The Electron fuses every installer ships with, where the binary sits in a packed app, and flipping them after packing.
import { join } from 'node:path'
import type { FuseConfig } from '@electron/fuses'
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'

/**
 * Build-time switches in the Electron binary (docs/tutorial/fuses.md), all set explicitly (strictlyRequireAllFuses):
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node.js that runs any script.
 * - NODE_OPTIONS and --inspect off: no code injection through the environment or a debugger port.
 * - Embedded asar integrity and app-only-from-asar on: the app's code is the checked app.asar, never a loose folder
 *   put beside it (integrity is checked on macOS and Windows; Linux has no integrity check to turn on).
 * - Cookie encryption on: nothing to lose (the app keeps no cookies), and the OS keychain protects any that appear.
 * - file:// extra privileges off: the app serves itself on app://, never file://.
 * - The browser-process-specific V8 snapshot stays off, as Electron ships it.
 */
export const LIKETRACE_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseConfig

/** What afterPack needs from electron-builder's context (a PackContext satisfies it). */
export interface PackedApp {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: { appInfo: { productFilename: string }; executableName?: string }
}

/** The file the fuses live in: `<product>.app` on macOS (the library finds the framework inside), `.exe` on Windows, the executable on Linux. */
export function electronBinaryPath(context: PackedApp): string {
  const { appOutDir, electronPlatformName, packager } = context
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    default:
      return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename)
  }
}

/** electron-builder's Arch enum: 3 is arm64 (the only macOS build whose ad-hoc signature must be renewed after the bytes change). */
const ARM64 = 3

/** The afterPack hook: flips the fuses in the packed binary, then reads them back and fails the build if any differs. */
export async function flipFusesAfterPack(context: PackedApp): Promise<void> {
  const binary = electronBinaryPath(context)
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas'
  await flipFuses(binary, { ...LIKETRACE_FUSES, resetAdHocDarwinSignature: isMac && context.arch === ARM64 })
  const wrong = fuseMismatches(await getCurrentFuseWire(binary))
  if (wrong.length > 0) throw new Error(`The fuses of ${binary} did not take: ${wrong.join(', ')}.`)
}

/** Names of the fuses whose state in `wire` (from getCurrentFuseWire) is not what LIKETRACE_FUSES asks for; empty when all match. */
export function fuseMismatches(wire: Readonly<Record<string, unknown>>): string[] {
  const wrong: string[] = []
  for (const option of Object.values(FuseV1Options)) {
    if (typeof option !== 'number') continue
    const want = LIKETRACE_FUSES[option] ? '1'.charCodeAt(0) : '0'.charCodeAt(0)
    if (wire[String(option)] !== want) wrong.push(FuseV1Options[option])
  }
  return wrong
}
