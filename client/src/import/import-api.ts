/** The file import's API: a preview that saves nothing, and the save of all features or none. */
import type { FileImportBody, FileImportResult, FileImportTarget, FilePreview } from '../../../server/shared/api/file-import-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'

export const previewFileImport = (call: ApiCall, target: FileImportTarget, body: FileImportBody) =>
  call<FilePreview>('POST', `/api/imports/${target}/preview`, body)

export const saveFileImport = (call: ApiCall, target: FileImportTarget, body: FileImportBody) =>
  call<FileImportResult>('POST', `/api/imports/${target}/save`, body)
