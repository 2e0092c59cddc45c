/**
 * POST requests: an Open311 service request becomes a report through the web form's own way in
 * (`receivePublicReport`: the per-address limit, the schema, the municipality, the transaction),
 * so it waits for moderation like any other and is not public until staff have read it.
 * The answer has no `token`: aggregators store and republish POST answers, and the receipt's
 * secret is the key to the report's private page. The private link is only in the notice, which
 * says it is private.
 */
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import { receivePublicReport } from '../reports/submit-report.ts'
import { readOpen311Submission } from './open311-post-input.ts'

export interface Open311Receipt {
  service_request_id: string
  service_notice: string
}

export async function submitOpen311Request(
  db: Database,
  body: unknown,
  address: string | undefined,
  settings: { limits: Config['limits']; gridMetres: number; base: string },
): Promise<Open311Receipt[]> {
  const submission = readOpen311Submission(body)
  const receipt = await receivePublicReport(db, submission.report, address, settings.limits)
  const sv = [
    'Tack! Rapporten är mottagen. Kommunen granskar den innan den visas på kartan, ' +
      `med platsen avrundad till ett rutnät på ${settings.gridMetres} m.`,
    submission.contactFields.length > 0 &&
      `Kontaktuppgifter sparas inte (${submission.contactFields.join(', ')}), så kommunen kan inte höra av sig.`,
    submission.addressFields.length > 0 && `Adressen sparas inte (${submission.addressFields.join(', ')}); platsen är lat/long.`,
    submission.mediaGiven && 'Bilden i media_url hämtades inte; en bild kan bara skickas med i webbformuläret.',
  ]
  const en = [
    'Thank you! The report has been received. The municipality reviews it before it is shown on the map, ' +
      `with the place rounded to a ${settings.gridMetres} m grid.`,
    submission.contactFields.length > 0 &&
      `Contact details are not stored (${submission.contactFields.join(', ')}), so the municipality cannot get back to you.`,
    submission.addressFields.length > 0 && `The address is not stored (${submission.addressFields.join(', ')}); the place is lat/long.`,
    submission.mediaGiven && 'The image at media_url was not fetched; a photo can only be sent with the web form.',
  ]
  const link = `${settings.base}${receipt.status_path}`
  const notice =
    `${sv.filter(Boolean).join(' ')} Följ rapporten med den här privata länken (dela den inte, den ska bara ges till den som rapporterade): ${link}` +
    ` / ${en.filter(Boolean).join(' ')} Follow the report with this private link (do not share it, it is only for the person who reported): ${link}`
  return [{ service_request_id: String(receipt.id), service_notice: notice }]
}
