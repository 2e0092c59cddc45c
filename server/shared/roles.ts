/** Staff roles. The public has no account and no role. */
export const roles = ['polis', 'kommun', 'admin'] as const
export type Role = (typeof roles)[number]
