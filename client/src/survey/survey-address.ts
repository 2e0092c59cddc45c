/** `/enkat?id=12` asks for one survey; without a valid id the page shows the survey open today. */
export function surveyIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('id')
  if (value === null || !/^[1-9][0-9]{0,8}$/.test(value)) return null
  return Number(value)
}

/** The address of one survey on the survey page. */
export const surveyAddress = (path: string, surveyId: number) => `${path}?id=${surveyId}`
