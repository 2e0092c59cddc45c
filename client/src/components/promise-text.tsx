import { paragraphs } from '../promises/text-paragraphs.ts'

/**
 * A text of the promise document as its paragraphs. It is always Swedish (the document's words),
 * so it says so to screen readers when the page is in English.
 */
export function PromiseText({ text, className }: { text: string; className?: string }) {
  return (
    <>
      {paragraphs(text).map((lines, index) => (
        <p key={index} lang="sv" className={className}>
          {lines.map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  )
}
