// scripts: `npm start`. Builds and opens the desktop app, or says in one line why it cannot and what to use instead.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function electronBinary() {
  try {
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

if (electronBinary() === null) {
  console.error(
    'LikeTrace: the Electron app binary is not installed here (npm install could not download it), so the window cannot open; use the command line instead: npm run analyze -- <your TikTok export .zip, .json or folder>',
  )
  process.exit(1)
}

const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'preview'], { stdio: 'inherit' })
process.exit(result.status ?? 1)
