/** The ways a whole file is refused, each a 4xx with a sentence in Swedish and English. */
import { AppError, badRequest } from '../errors.ts'
import { MAX_FEATURES, MAX_FILE_BYTES, MAX_PARTS_PER_FEATURE, MAX_POSITIONS, MAX_POSITIONS_PER_FEATURE } from './import-limits.ts'

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024)

/** The file cannot be read as the format it looks like; `why` says what was wrong, in both languages. */
export const unreadableFile = (format: string, why: { sv: string; en: string }) =>
  badRequest(
    'file_unreadable',
    `Filen går inte att läsa som ${format}: ${why.sv} Är den hel? Spara den igen och försök på nytt.`,
    `The file cannot be read as ${format}: ${why.en} Is it complete? Save it again and try once more.`,
  )

export const unknownFormat = () =>
  badRequest(
    'file_format_unknown',
    'Filen är varken GeoJSON, en zippad Shapefile eller en GeoPackage.',
    'The file is neither GeoJSON, a zipped Shapefile nor a GeoPackage.',
  )

export const fileTooLarge = () =>
  new AppError(
    413,
    'file_too_large',
    `Filen är för stor: högst ${megabytes(MAX_FILE_BYTES)} MB (uppackad något mer). Dela upp den.`,
    `The file is too large: at most ${megabytes(MAX_FILE_BYTES)} MB (a little more unpacked). Split it up.`,
  )

export const tooManyFeatures = (count: number) =>
  new AppError(
    413,
    'too_many_features',
    `Filen har ${count} objekt: högst ${MAX_FEATURES} går att importera på en gång. Dela upp den.`,
    `The file has ${count} features: at most ${MAX_FEATURES} can be imported at once. Split it up.`,
  )

export const tooManyPositions = (feature: number | null) =>
  feature === null
    ? new AppError(
        413,
        'too_many_positions',
        `Filen har fler än ${MAX_POSITIONS} punkter i sina geometrier. Förenkla dem eller dela upp filen.`,
        `The file's geometries have more than ${MAX_POSITIONS} positions. Simplify them or split the file.`,
      )
    : new AppError(
        413,
        'too_many_positions',
        `Objekt ${feature + 1} har fler än ${MAX_POSITIONS_PER_FEATURE} punkter. Förenkla geometrin.`,
        `Feature ${feature + 1} has more than ${MAX_POSITIONS_PER_FEATURE} positions. Simplify its geometry.`,
      )

export const tooManyParts = (feature: number) =>
  new AppError(
    413,
    'too_many_parts',
    `Objekt ${feature + 1} har fler än ${MAX_PARTS_PER_FEATURE} delar (linjer eller ringar). Förenkla geometrin eller dela upp den.`,
    `Feature ${feature + 1} has more than ${MAX_PARTS_PER_FEATURE} parts (lines or rings). Simplify its geometry or split it up.`,
  )

/** A geometry whose structure is not GeoJSON's: a member that is no geometry, or nesting too deep. */
export const malformedGeometry = (feature: number, why: { sv: string; en: string }) =>
  badRequest(
    'file_unreadable',
    `Geometrin i objekt ${feature + 1} går inte att läsa: ${why.sv}`,
    `The geometry of feature ${feature + 1} cannot be read: ${why.en}`,
  )

export const noFeatures = () =>
  badRequest('file_empty', 'Filen innehåller inga objekt att importera.', 'The file holds no features to import.')
