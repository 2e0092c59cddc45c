/**
 * The promise document's texts as paragraphs: staff paste them with blank lines between
 * paragraphs, and a single line break inside a paragraph is kept as one.
 */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
}
