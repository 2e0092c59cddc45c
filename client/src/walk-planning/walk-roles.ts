/** Who plans walks: the municipality and admins. The police may read the screen; the server refuses their writes anyway. */
import type { Role } from '../../../server/shared/roles.ts'

export const canPlanWalks = (role: Role | undefined) => role === 'kommun' || role === 'admin'
