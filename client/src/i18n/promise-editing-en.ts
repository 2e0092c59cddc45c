/** Texts of the staff screen that edits promises, surveys and figures. */
export const promiseEditingEn = {
  title: 'Edit citizen promises',
  navLink: 'Promises',
}
