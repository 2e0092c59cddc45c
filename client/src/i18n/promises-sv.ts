/** Texts of the public promises page. */
export const promisesSv = {
  title: 'Medborgarlöften',
  navLink: 'Medborgarlöften',
}
