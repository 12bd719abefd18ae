// shared/contract: pure TypeScript. Counts in plain English ("1,538 likes"), written alike by the engine, the screen, the report and the command line.

// One formatter, made once: `toLocaleString` builds a new one on every call. Thousands separators the same on every
// machine, so "1,538" reads alike everywhere and in the tests.
const COUNT = new Intl.NumberFormat('en-US')

export function formatNumber(n: number): string {
  return COUNT.format(n)
}

/** "1 like", "1,538 likes". */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`
}
