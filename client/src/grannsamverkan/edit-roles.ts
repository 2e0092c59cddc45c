import type { Role } from '../../../server/shared/roles.ts'

/** Who sees the screen; the municipality reads it without changing anything. */
export const grannsamverkanViewers: readonly Role[] = ['polis', 'kommun', 'admin']

/** Who may change areas, contact persons and meetings (the server decides the same). */
export const canEditGrannsamverkan = (role: Role | undefined) => role === 'polis' || role === 'admin'
