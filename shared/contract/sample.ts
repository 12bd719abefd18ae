// shared/contract: environment-free. How the shipped sample is named, so every screen can mark it as made-up data.

/** The source name the engine gives each sample export it imports ("Made-up sample, export 1 of 2"). */
export const SAMPLE_SOURCE_PREFIX = 'Made-up sample'

export function sampleSourceName(index: number, of: number): string {
  return `${SAMPLE_SOURCE_PREFIX}, export ${index} of ${of}`
}

/** True for an import of the shipped sample (a real export is named after its file, which never starts this way). */
export function isSampleSource(sourceName: string): boolean {
  return sourceName.startsWith(SAMPLE_SOURCE_PREFIX)
}
