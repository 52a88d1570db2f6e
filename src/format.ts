/** Formats milliseconds as seconds with one decimal, such as `1.5 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** Formats a count with its noun, such as `1 attempt` or `3 attempts`. */
export function formatCount(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
