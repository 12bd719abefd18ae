// scripts: `npm start`. Builds and opens the desktop app, or says in one line why it cannot and what to use instead.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { ensureElectronBinary } from './lib/electron-binary'

async function main(): Promise<number> {
  const root = resolve(__dirname, '..')
  const binary = await ensureElectronBinary(
    root,
    'the window cannot open',
    'use the command line instead: npm run analyze -- <your TikTok export .zip, .json or folder>',
  )
  if (binary === null) return 1
  const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'preview'], { cwd: root, stdio: 'inherit' })
  return result.status ?? 1
}

void main().then((code) => process.exit(code))
