/**
 * Open311 wants date-times in ISO 8601 with the offset written out. Ours are Swedish: written
 * in Swedish time, with its offset (+01:00 in winter, +02:00 in summer). Only months are shown
 * (the public may know no more), each as its first instant.
 */
const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })

/** Stockholm's offset from UTC at an instant, as `+01:00` or `+02:00`. */
function stockholmOffset(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  // "GMT" alone is UTC itself; otherwise "GMT+02:00".
  return name === 'GMT' ? '+00:00' : name.slice(3)
}

/**
 * A month (`2024-05`) as its first instant in Swedish time: `2024-05-01T00:00:00+02:00`. Summer
 * time starts and ends on a month's last Sunday, so the offset at noon UTC on the 1st is the
 * offset at midnight.
 */
export function monthStart(month: string): string {
  return `${month}-01T00:00:00${stockholmOffset(new Date(`${month}-01T12:00:00Z`))}`
}
