import { z } from 'zod'
import { emailField, shortText } from './fields.ts'

/** A contact person of a grannsamverkan area: personal data, for the police and admins only. */
export const contactBody = z
  .object({
    name: shortText(200).min(1),
    phone: z
      .string()
      .trim()
      .max(40)
      .refine((phone) => /^\+?[0-9 ()-]{5,}$/.test(phone), {
        message: 'Give a phone number with digits, spaces, +, - or ().',
        params: { sv: 'Ange ett telefonnummer med siffror, mellanslag, +, - eller ().' },
      })
      // Declared for JSON Schema readers (the bad-input corpus, API documentation): not free text.
      .meta({ format: 'phone' })
      .nullable()
      .optional(),
    email: emailField.nullable().optional(),
    is_main: z.boolean().optional(),
  })
  .strict()
export type ContactBody = z.infer<typeof contactBody>

export const contactChangeBody = contactBody.partial().refine((body) => Object.keys(body).length > 0, {
  message: 'Change at least one field.',
  params: { sv: 'Ändra minst ett fält.' },
})
export type ContactChangeBody = z.infer<typeof contactChangeBody>
