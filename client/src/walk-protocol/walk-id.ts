/** The walk a page is about, from `?id=`: a positive whole number, else null (no walk chosen). */
export function walkIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('id')
  if (value === null || !/^\d{1,9}$/.test(value)) return null
  const id = Number(value)
  return id > 0 ? id : null
}
