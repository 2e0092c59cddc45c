/** Texts of the public promises page. */
export const promisesEn = {
  title: 'Citizen promises',
  navLink: 'Citizen promises',
}
