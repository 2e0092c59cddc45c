/** Being built. */
export function SurveyPage() {
  return null
}
