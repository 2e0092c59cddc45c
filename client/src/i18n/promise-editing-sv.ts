/** Texts of the staff screen that edits promises, surveys and figures. */
export const promiseEditingSv = {
  title: 'Redigera medborgarlöften',
  navLink: 'Löften',
}
