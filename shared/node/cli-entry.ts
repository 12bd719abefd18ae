// shared/node: Node adapters. Runs a command-line entry: wires stdout/stderr, sets the exit code, turns a crash into one line and exit 2.
export interface CommandIo {
  out: (text: string) => void
  err: (text: string) => void
}

export function runCommand(run: (argv: string[], io: CommandIo) => Promise<number>): void {
  run(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      process.stderr.write(`LikeTrace stopped unexpectedly: ${e instanceof Error ? e.message : String(e)}\n`)
      process.exitCode = 2
    },
  )
}
