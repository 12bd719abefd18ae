// scripts: `npm run build:cli`. Compiles each command line (its TypeScript entry and all it imports) into one file under out/cli/ with the project's bundler.
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_OUT = join(ROOT, 'out/cli')

/** Command name → its TypeScript entry. The built file is out/cli/<name>.mjs. */
export const CLI_ENTRIES = { analyze: 'scripts/analyze.ts' }

/** What a built command line is made from: a newer file here makes the build stale. */
export const CLI_SOURCES = [join(ROOT, 'shared'), join(ROOT, 'scripts/build-cli.mjs'), join(ROOT, 'package-lock.json'), ...Object.values(CLI_ENTRIES).map((e) => join(ROOT, e))]

export const builtCli = (name) => join(CLI_OUT, `${name}.mjs`)

/**
 * Builds every command line with Vite (library-style SSR build: Node built-ins stay imports, everything else is
 * bundled, so starting it resolves no modules and compiles no TypeScript). Nothing is printed: `analyze --json` must
 * print only its JSON. Each file is written aside and renamed into place, so a command started meanwhile never
 * loads half a file.
 */
export async function buildCli() {
  const { build } = await import('vite')
  const scratch = join(CLI_OUT, `.build-${process.pid}`)
  try {
    for (const [name, entry] of Object.entries(CLI_ENTRIES)) {
      await build({
        configFile: false,
        root: ROOT,
        logLevel: 'silent',
        publicDir: false,
        resolve: { alias: { '@shared': join(ROOT, 'shared') } },
        ssr: { noExternal: true, target: 'node' },
        build: {
          ssr: join(ROOT, entry),
          outDir: scratch,
          emptyOutDir: true,
          target: 'node20',
          minify: false,
          sourcemap: false,
          copyPublicDir: false,
          reportCompressedSize: false,
          rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
        },
      })
      await mkdir(CLI_OUT, { recursive: true })
      await rename(join(scratch, `${name}.mjs`), builtCli(name))
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildCli().catch((e) => {
    console.error(`Building the command line failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 1
  })
}
