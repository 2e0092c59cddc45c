/**
 * The server's rule for new passwords (PASSWORD_MIN_LENGTH in server/shared/api/fields.ts),
 * repeated here because that module brings zod, which stays out of the browser. A test keeps the
 * two the same; the server checks again anyway.
 */
export const PASSWORD_MIN_LENGTH = 12

/** Counted as the server counts (UTF-16 units), so the client never refuses what the server takes. */
export const isLongEnough = (password: string) => password.length >= PASSWORD_MIN_LENGTH
