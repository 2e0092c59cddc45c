/** Texts of the measures screen. */
export const measuresEn = {
  title: 'Safety measures',
  navLink: 'Measures',
}
