/**
 * The survey's results as the public sees them, per calendar year, read from the running counts
 * (survey-tallies.ts): means and counts for scales, yes and no, and map marks as 100 m squares.
 * Free text is read by staff only: people may write about people.
 */
import type { Queryable } from '../db/database.ts'
import type { FreeTextAnswer, MarkCells, QuestionYearResult, SurveyQuestion, SurveyResults } from '../shared/api/survey-schemas.ts'
import { MARK_CELL_METRES } from '../shared/api/survey-schemas.ts'
import { findStaffSurvey, findSurvey, listQuestions } from './survey-records.ts'

export async function surveyResults(
  db: Queryable,
  surveyId: number,
  today: string,
  withDrafts: boolean,
  draftScope: string | null = null,
): Promise<SurveyResults> {
  const survey = await findSurvey(db, surveyId, today, withDrafts, draftScope)
  const [questions, years, tallies] = await Promise.all([
    listQuestions(db, surveyId),
    db.query<{ year: number; responses: number }>(
      'SELECT year, responses FROM survey_year_tally WHERE survey_id = $1 ORDER BY year',
      [surveyId],
    ),
    db.query<{ question_id: number; year: number; answer: string; count: number }>(
      `SELECT t.question_id, t.year, t.answer, t.count
         FROM survey_tally t JOIN survey_question q ON q.id = t.question_id WHERE q.survey_id = $1`,
      [surveyId],
    ),
  ])
  return {
    survey,
    questions,
    years: years.map(({ year, responses }) => ({
      year,
      responses,
      questions: questions.map((question) =>
        questionResult(question, tallies.filter((tally) => tally.year === year && tally.question_id === question.id)),
      ),
    })),
  }
}

/** One question's answers in one year, from its tallies. */
export function questionResult(question: SurveyQuestion, tallies: readonly { answer: string; count: number }[]): QuestionYearResult {
  const countOf = (answer: string) => tallies.find((tally) => tally.answer === answer)?.count ?? 0
  const answers = tallies.reduce((sum, tally) => sum + tally.count, 0)
  if (question.kind === 'scale') {
    const counts = Array.from({ length: question.scale_max ?? 0 }, (_, index) => countOf(String(index + 1)))
    const rated = counts.reduce((sum, count) => sum + count, 0)
    const total = counts.reduce((sum, count, index) => sum + count * (index + 1), 0)
    return { question_id: question.id, answers, mean: rated > 0 ? total / rated : null, counts, not_out: countOf('not_out') }
  }
  if (question.kind === 'yes_no') return { question_id: question.id, answers, yes: countOf('yes'), no: countOf('no') }
  return { question_id: question.id, answers }
}

/** Every map mark of the survey (in one year, if given) counted per 100 m square, at the square's centre. */
export async function markCells(
  db: Queryable,
  surveyId: number,
  year: number | undefined,
  today: string,
  withDrafts: boolean,
  draftScope: string | null = null,
): Promise<MarkCells> {
  await findSurvey(db, surveyId, today, withDrafts, draftScope)
  const rows = await db.query<{ coordinates: [number, number]; count: number }>(
    `SELECT ARRAY[round(ST_X(c.geom)::numeric, 6), round(ST_Y(c.geom)::numeric, 6)]::float8[] AS coordinates, c.count
       FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint((t.cell_e + 0.5) * $3, (t.cell_n + 0.5) * $3), 3006), 4326) AS geom,
                    sum(t.count)::integer AS count
               FROM survey_mark_tally t JOIN survey_question q ON q.id = t.question_id
              WHERE q.survey_id = $1 AND ($2::integer IS NULL OR t.year = $2)
              GROUP BY t.cell_e, t.cell_n) c
      ORDER BY c.count DESC`,
    [surveyId, year ?? null, MARK_CELL_METRES],
  )
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: row.coordinates },
      properties: { count: row.count },
    })),
  }
}

/** At most this many free-text answers are listed, newest first; those emptied by retention are not. */
const FREE_TEXT_LIMIT = 2000

/** Staff read the free text of any survey of their municipality (`scope`; null: the whole police area). */
export async function freeTextAnswers(db: Queryable, surveyId: number, today: string, scope: string | null = null): Promise<FreeTextAnswer[]> {
  await findStaffSurvey(db, surveyId, today, scope)
  return db.query<FreeTextAnswer>(
    `SELECT a.question_id, to_char(r.answered_on, 'YYYY-MM-DD') AS answered_on, a.free_text AS text
       FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
      WHERE r.survey_id = $1 AND a.free_text <> ''
      ORDER BY r.answered_on DESC, r.id DESC LIMIT $2`,
    [surveyId, FREE_TEXT_LIMIT],
  )
}
