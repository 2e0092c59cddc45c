import type { Role } from './roles.ts'

/**
 * Who may see personal data (contact persons' names, phones and e-mails; reporters' contact
 * details). The police run grannsamverkan; admins keep the register. Nobody else needs it.
 */
export const personalDataRoles: readonly Role[] = ['polis', 'admin']

export const maySeePersonalData = (role: Role | undefined) => role !== undefined && personalDataRoles.includes(role)
