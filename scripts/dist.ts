// scripts: `npm run dist [-- --linux|--mac|--win]`. Builds the app and packs the installers (electron-builder), or says in one line why it cannot.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { build } from 'electron-builder'
import { builderConfig } from './packaging/builder-config'
import { ensureElectronBinary } from './lib/electron-binary'

/** Which systems to pack for; each gets the targets builder-config.ts names for it (AppImage + deb, dmg, NSIS). */
const FLAGS: ReadonlyMap<string, 'linux' | 'mac' | 'win'> = new Map([
  ['--linux', 'linux'],
  ['--mac', 'mac'],
  ['--win', 'win'],
])

async function main(): Promise<number> {
  const root = resolve(__dirname, '..')
  const unknown = process.argv.slice(2).filter((a) => !FLAGS.has(a))
  if (unknown.length > 0) {
    console.error(`LikeTrace: npm run dist takes --linux, --mac and --win (default: this system), not ${unknown.join(' ')}.`)
    return 2
  }
  // electron-builder packs Electron's own binaries (downloaded the same way and cached together); without them it cannot
  // pack at all, so the missing download is said once, plainly, before anything is built.
  const binary = await ensureElectronBinary(root, 'no installer was built', 'run npm run dist on a machine that can reach it (see README, Install)')
  if (binary === null) return 1
  const built = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (built.status !== 0) return built.status ?? 1
  const systems = new Set(process.argv.slice(2).map((a) => FLAGS.get(a)))
  const artifacts = await build({
    projectDir: root,
    config: builderConfig,
    publish: 'never',
    ...(systems.has('linux') ? { linux: [] } : {}),
    ...(systems.has('mac') ? { mac: [] } : {}),
    ...(systems.has('win') ? { win: [] } : {}),
  })
  for (const file of artifacts) console.log(file)
  return 0
}

void main().then((code) => process.exit(code))
