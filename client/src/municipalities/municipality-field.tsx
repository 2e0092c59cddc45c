import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import { SelectField } from '../components/select-field.tsx'

interface MunicipalityFieldProps {
  id: string
  label: string
  hint: string
  error: string | undefined
  /** The chosen municipality's code. */
  value: string
  municipalities: readonly MunicipalitySummary[]
  onChange(code: string): void
}

/** The choice of one of the police area's municipalities, in the order they were added (the installation's own first). */
export function MunicipalityField({ municipalities, onChange, ...field }: MunicipalityFieldProps) {
  return (
    <SelectField {...field} onChange={(event) => onChange(event.target.value)}>
      {municipalities.map((municipality) => (
        <option key={municipality.code} value={municipality.code}>
          {municipality.name}
        </option>
      ))}
    </SelectField>
  )
}
