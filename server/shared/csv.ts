/**
 * CSV as Swedish Excel opens it: semicolons, CRLF and a byte-order mark. Shared by the server's
 * exports and the client's "export this list" buttons.
 */

/** A cell quoted when it must be; a leading =, +, -, @, tab or CR is defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A whole file: the header row, then one row per entry, cells in the header's order. */
export function csvText(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header.map(csvCell).join(';'), ...rows.map((row) => row.map(csvCell).join(';'))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
