import { z } from 'zod'

export const registerExportQuery = z
  .object({
    format: z.enum(['csv', 'geojson']),
    /** With the contact persons: the police and admins only, and recorded in the audit log. */
    personal: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  })
  .strict()
export type RegisterExportQuery = z.infer<typeof registerExportQuery>
