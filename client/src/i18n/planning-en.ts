/** Texts of the planning screen. */
export const planningEn = {
  title: 'Plan safety measures',
  navLink: 'Places',
}
