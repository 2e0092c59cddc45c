/** Texts of the planning screen. */
export const planningSv = {
  title: 'Planera trygghetsåtgärder',
  navLink: 'Platser',
}
