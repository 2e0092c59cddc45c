/** Texts of the measures screen. */
export const measuresSv = {
  title: 'Trygghetsåtgärder',
  navLink: 'Åtgärder',
}
