export interface StatusMessage {
  text: string
  /** A new number for every message, so the same words said twice are announced twice. */
  seq: number
}

/**
 * A polite live region for "saved" and "loaded" messages. It is always in the page, because
 * screen readers only announce changes to a region that existed before the change.
 */
export function StatusRegion({ message, className }: { message: StatusMessage | null; className?: string }) {
  return (
    <div role="status" className={className ? `status-region ${className}` : 'status-region'}>
      {message && (
        <p key={message.seq} className="message message--success">
          {message.text}
        </p>
      )}
    </div>
  )
}
