/** Texts of the situation screen. */
export const situationEn = {
  title: 'Situation picture',
  navLink: 'Situation',
}
