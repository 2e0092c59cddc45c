import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../components/select-field.tsx'
import { useMunicipalities } from './use-municipalities.ts'

interface AccountMunicipalityFieldProps {
  id: string
  /** A municipality code, or '' before the list is loaded. */
  value: string
  onChange(code: string): void
  error: string | undefined
}

/**
 * The municipality a kommun account works in. Until one is chosen it is the installation's own,
 * as the server would take it; the police and admins have none, so their forms leave this out.
 */
export function AccountMunicipalityField({ id, value, onChange, error }: AccountMunicipalityFieldProps) {
  const { t } = useTranslation()
  const { municipalities } = useMunicipalities()
  const fallback = municipalities?.find((municipality) => municipality.is_default)?.code ?? municipalities?.[0]?.code
  useEffect(() => {
    if (value === '' && fallback) onChange(fallback)
  }, [value, fallback, onChange])
  return (
    <SelectField
      id={id}
      label={t('municipalities.accountMunicipality')}
      hint={t('municipalities.accountMunicipalityHint')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      {(municipalities ?? []).map((municipality) => (
        <option key={municipality.code} value={municipality.code}>
          {municipality.name}
        </option>
      ))}
    </SelectField>
  )
}
