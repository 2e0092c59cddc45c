import type { ApiTokenRole, ApiTokenScope } from '../../../server/shared/api/api-token-schemas.ts'

// The schema module brings zod, which stays out of the browser, so the lists are repeated here;
// api-token-options.test.ts checks they are the server's.
export const apiTokenScopes: readonly ApiTokenScope[] = ['read', 'read_write']
/** Never admin: tokens are for systems and GIS clients, administration is for people who log in. */
export const apiTokenRoles: readonly ApiTokenRole[] = ['polis', 'kommun']

export const isApiTokenScope = (value: string): value is ApiTokenScope => (apiTokenScopes as readonly string[]).includes(value)

export const isApiTokenRole = (value: string): value is ApiTokenRole => (apiTokenRoles as readonly string[]).includes(value)
