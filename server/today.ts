const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' })

/** Today's date in Sweden (YYYY-MM-DD): a meeting held at 00:30 in Kristinehamn is not "tomorrow" in UTC terms. */
export const todayInSweden = (now = new Date()) => swedishDate.format(now)
