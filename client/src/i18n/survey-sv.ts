/** Texts of the follow-up survey and its results. */
export const surveySv = {
  title: 'Enkät om trygghet',
  navLink: 'Enkät',
}
