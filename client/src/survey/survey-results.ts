/**
 * A survey's results per question and year, as the follow-up charts and tables show them. Shares
 * are of the answers to that question (a sheet may skip it); a year without answers has no share
 * rather than 0 %, so a chart leaves it out instead of drawing a false low.
 */
import type { QuestionYearResult, SurveyQuestion, SurveyResults } from '../../../server/shared/api/survey-schemas.ts'

export interface QuestionYearRow {
  year: number
  /** Answer sheets that year, whether or not they answered this question. */
  responses: number
  /** Answers to this question that year. */
  answers: number
  /** scale: the mean of the values on the scale, without "I don't go out". */
  mean: number | null
  /** scale: how many chose "I don't go out", and their share (%) of the question's answers. */
  notOut: number
  notOutShare: number | null
  /** yes_no */
  yes: number
  no: number
  yesShare: number | null
}

const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null)

/** One row per year of the survey, oldest first, for one question. */
export function questionRows(results: SurveyResults, question: SurveyQuestion): QuestionYearRow[] {
  return results.years.map((year) => {
    const found: QuestionYearResult | undefined = year.questions.find((item) => item.question_id === question.id)
    const answers = found?.answers ?? 0
    const notOut = found?.not_out ?? 0
    const yes = found?.yes ?? 0
    const no = found?.no ?? 0
    return {
      year: year.year,
      responses: year.responses,
      answers,
      mean: found?.mean ?? null,
      notOut,
      notOutShare: question.allows_not_out ? share(notOut, answers) : null,
      yes,
      no,
      yesShare: share(yes, yes + no),
    }
  })
}

/** The questions in the order the survey asks them. */
export const questionsInOrder = (questions: readonly SurveyQuestion[]) => [...questions].sort((a, b) => a.position - b.position || a.id - b.id)

/** All answer sheets of the survey. */
export const totalResponses = (results: SurveyResults) => results.years.reduce((sum, year) => sum + year.responses, 0)
