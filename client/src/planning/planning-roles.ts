/** Who starts a measure from a candidate site: the municipality and admins. The police read the screen. */
import type { Role } from '../../../server/shared/roles.ts'

export const canCreateMeasures = (role: Role | undefined) => role === 'kommun' || role === 'admin'
