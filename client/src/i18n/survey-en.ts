/** Texts of the follow-up survey and its results. */
export const surveyEn = {
  title: 'Safety survey',
  navLink: 'Survey',
}
