/** Texts of the situation screen. */
export const situationSv = {
  title: 'Lägesbild',
  navLink: 'Lägesbild',
}
