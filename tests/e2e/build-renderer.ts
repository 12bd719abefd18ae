// tests/e2e: global setup — builds the renderer once so the end-to-end tests run against what ships.
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

export default function setup(): void {
  execFileSync('npx', ['electron-vite', 'build'], { cwd: resolve(__dirname, '../..'), stdio: 'ignore' })
}
