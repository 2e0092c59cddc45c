/** What a form's rules answer: the body to send, or the problems a person can fix before sending. */

/** `field` is the server's field name (so the problem lands at the same input as the server's); `key` is under `promiseEditing.problems`. */
export interface ProblemKey {
  field: string
  key: string
}

export type BodyResult<T> = { ok: true; body: T } | { ok: false; problems: ProblemKey[] }

export const bodyOrProblems = <T>(problems: ProblemKey[], body: () => T): BodyResult<T> =>
  problems.length > 0 ? { ok: false, problems } : { ok: true, body: body() }

/** The reason goes only with a published period's change; an empty one is left to the server to ask for. */
export const correctionField = (published: boolean, reason: string): { correction_reason?: string } => {
  const trimmed = reason.trim()
  return published && trimmed !== '' ? { correction_reason: trimmed } : {}
}

/** The next free position after the ones in use: new items go last. */
export const nextPosition = (items: readonly { position: number }[]): number =>
  items.reduce((highest, item) => Math.max(highest, item.position), 0) + 1
