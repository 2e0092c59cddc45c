/**
 * How much one import may hold. The request itself is bounded first by IMPORT_LIMIT_KB (base64
 * makes a file a third larger); these bound what a small file can unpack to.
 */
/** The largest file read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
/** All files in a zip together, unpacked: a zip bomb stops here before it is inflated. */
export const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024
/** Features in one file: a municipality's areas, routes or measures are far fewer. */
export const MAX_FEATURES = 5000
/** Positions in one feature: an area may have 20,000 per ring (server/shared/api/fields.ts). */
export const MAX_POSITIONS_PER_FEATURE = 20_000
/** Positions in the whole file. */
export const MAX_POSITIONS = 500_000
/**
 * Parts (lines or rings) in one Shapefile feature. Each hole is tested against the outer rings
 * around it, so the work grows with parts times positions: at these limits a file built to be
 * slow takes about a second, an ordinary one milliseconds.
 */
export const MAX_PARTS_PER_FEATURE = 500
