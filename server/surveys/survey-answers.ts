/**
 * A resident's answer sheet: checked against the survey's questions, then saved with its running
 * counts in one transaction, or refused whole. A browser answers a survey once: the server keeps
 * a hash of a random cookie and the survey, nothing about the person.
 */
import { createHash } from 'node:crypto'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, invalidInput } from '../errors.ts'
import { isInSwedenBox } from '../geometry/sweden-box.ts'
import type { FieldProblem } from '../errors.ts'
import type { AnswerInput, ResponseBody, SurveyQuestion, SurveySummary } from '../shared/api/survey-schemas.ts'
import { MARK_CELL_METRES } from '../shared/api/survey-schemas.ts'
import { findSurvey, listQuestions } from './survey-records.ts'
import { addToTallies } from './survey-tallies.ts'

/** One answer checked and ready to store, with the count it adds to. */
export interface CheckedAnswer {
  questionId: number
  scaleValue: number | null
  notOut: boolean
  yes: boolean | null
  freeText: string | null
  /** The mark in EPSG:3006 as EWKT, and its 100 m square. */
  mark: { ewkt: string; cellE: number; cellN: number } | null
  tally: string
}

export async function submitResponse(db: Database, surveyId: number, body: ResponseBody, browserSecret: string, today: string): Promise<void> {
  // People never see the honeypot field; only a program filling in every field sends it.
  if (body.website) {
    throw invalidInput([{ field: 'website', message: 'Leave this field empty.', message_sv: 'Lämna det här fältet tomt.' }])
  }
  const year = Number(today.slice(0, 4))

  await db.transaction(async (tx) => {
    // Shares the survey's lock with other answer sheets, so a staff change to the survey or its
    // questions waits until this sheet is saved, and the checks below see what is saved with.
    await tx.query('SELECT id FROM survey WHERE id = $1 FOR SHARE', [surveyId])
    const survey = await findSurvey(tx, surveyId, today, false)
    refuseUnlessOpen(survey, today)
    const answers = await checkAnswers(tx, survey, await listQuestions(tx, surveyId), body.answers)
    // An answer to an example survey is example data too: it goes with the demo set.
    const [response] = await tx.query<{ id: string }>(
      `INSERT INTO survey_response (survey_id, browser_key, answered_on, is_demo)
       SELECT $1, $2, $3, s.is_demo FROM survey s WHERE s.id = $1
       ON CONFLICT (survey_id, browser_key) DO NOTHING RETURNING id`,
      [surveyId, browserKey(surveyId, browserSecret), today],
    )
    if (!response) {
      throw conflict(
        'already_answered',
        'Du har redan svarat på enkäten från den här webbläsaren. Tack!',
        'You have already answered the survey from this browser. Thank you!',
      )
    }
    await insertAnswers(tx, response.id, answers)
    await addToTallies(tx, surveyId, year, answers)
  })
}

function refuseUnlessOpen(survey: SurveySummary, today: string): void {
  if (survey.open) return
  const notYet = survey.opens_on > today
  throw conflict(
    'survey_closed',
    notYet ? `Enkäten öppnar ${survey.opens_on}.` : 'Enkäten är stängd och tar inte emot fler svar. Tack för ditt intresse!',
    notYet ? `The survey opens on ${survey.opens_on}.` : 'The survey is closed and takes no more answers. Thank you for your interest!',
  )
}

/** Every problem at once, each at its answer's field; marks are checked against the municipality in PostGIS. */
async function checkAnswers(db: Queryable, survey: SurveySummary, questions: SurveyQuestion[], answers: AnswerInput[]): Promise<CheckedAnswer[]> {
  const problems: FieldProblem[] = []
  const seen = new Set<number>()
  const checked: CheckedAnswer[] = []
  answers.forEach((answer, index) => {
    const at = (field: string) => `answers.${index}.${field}`
    const question = questions.find((candidate) => candidate.id === answer.question_id)
    if (!question) {
      problems.push({ field: at('question_id'), message: 'The survey has no such question.', message_sv: 'Enkäten har ingen sådan fråga.' })
      return
    }
    if (seen.has(question.id)) {
      problems.push({ field: at('question_id'), message: 'The question is answered twice.', message_sv: 'Frågan är besvarad två gånger.' })
      return
    }
    seen.add(question.id)
    const problem = answerProblem(question, answer)
    if (problem) {
      problems.push({ field: at(problem.field), message: problem.en, message_sv: problem.sv })
      return
    }
    checked.push({
      questionId: question.id,
      scaleValue: answer.scale_value ?? null,
      notOut: answer.not_out ?? false,
      yes: answer.yes ?? null,
      freeText: answer.free_text ?? null,
      mark: null,
      tally: tallyKey(question, answer),
    })
  })
  const marks = await placeMarks(db, survey, answers, checked)
  problems.push(...marks)
  if (problems.length > 0) throw invalidInput(problems)
  return checked
}

/** Whether the answer fits its question's kind and range; null when it does. */
function answerProblem(question: SurveyQuestion, answer: AnswerInput): { field: string; en: string; sv: string } | null {
  const expected: Record<SurveyQuestion['kind'], boolean> = {
    scale: answer.scale_value !== undefined || (answer.not_out === true && question.allows_not_out),
    yes_no: answer.yes !== undefined,
    free_text: answer.free_text !== undefined,
    map_mark: answer.mark !== undefined,
  }
  if (!expected[question.kind]) {
    return { field: 'question_id', en: 'This answer does not fit the question.', sv: 'Svaret passar inte frågan.' }
  }
  const max = question.scale_max ?? 0
  if (answer.scale_value !== undefined && (answer.scale_value < 1 || answer.scale_value > max)) {
    return { field: 'scale_value', en: `Choose a value from 1 to ${max}.`, sv: `Välj ett värde från 1 till ${max}.` }
  }
  return null
}

function tallyKey(question: SurveyQuestion, answer: AnswerInput): string {
  if (answer.scale_value !== undefined) return String(answer.scale_value)
  if (answer.not_out) return 'not_out'
  if (answer.yes !== undefined) return answer.yes ? 'yes' : 'no'
  return question.kind
}

/** Transforms the marks to SWEREF 99 TM and refuses any outside the survey's municipality. */
async function placeMarks(db: Queryable, survey: SurveySummary, answers: AnswerInput[], checked: CheckedAnswer[]): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = []
  const outsideMunicipality = (index: number) => ({
    field: `answers.${index}.mark`,
    message: 'Mark a place inside the municipality.',
    message_sv: 'Markera en plats inom kommunen.',
  })
  const withMarks = answers.flatMap((answer, index) => {
    if (!answer.mark) return []
    if (isInSwedenBox(answer.mark.coordinates)) return [{ index, answer, mark: answer.mark }]
    problems.push(outsideMunicipality(index))
    return []
  })
  if (withMarks.length === 0) return problems
  const rows = await db.query<{ ordinal: number; ewkt: string; inside: boolean; cell_e: number; cell_n: number }>(
    `SELECT t.ordinal::integer AS ordinal, ST_AsEWKT(p.geom) AS ewkt, ST_Intersects(p.geom, m.boundary) AS inside,
            floor(ST_X(p.geom) / $4)::integer AS cell_e, floor(ST_Y(p.geom) / $4)::integer AS cell_n
       FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS t(lon, lat, ordinal)
       CROSS JOIN LATERAL (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326), 3006) AS geom) p
       JOIN promise_period pp ON pp.id = $3 JOIN municipality m ON m.code = pp.municipality_code
      ORDER BY t.ordinal`,
    [withMarks.map(({ mark }) => mark.coordinates[0]), withMarks.map(({ mark }) => mark.coordinates[1]), survey.period_id, MARK_CELL_METRES],
  )
  rows.forEach((row) => {
    const { index, answer } = withMarks[row.ordinal - 1] ?? {}
    if (index === undefined || !answer) return
    if (!row.inside) {
      problems.push(outsideMunicipality(index))
      return
    }
    const target = checked.find((candidate) => candidate.questionId === answer.question_id)
    if (target) target.mark = { ewkt: row.ewkt, cellE: row.cell_e, cellN: row.cell_n }
  })
  return problems
}

async function insertAnswers(tx: Queryable, responseId: string, answers: CheckedAnswer[]): Promise<void> {
  for (const answer of answers) {
    await tx.query(
      `INSERT INTO survey_answer (response_id, question_id, scale_value, not_out, yes, free_text, mark)
       VALUES ($1, $2, $3, $4, $5, $6, ST_GeomFromEWKT($7))`,
      [responseId, answer.questionId, answer.scaleValue, answer.notOut, answer.yes, answer.freeText, answer.mark?.ewkt ?? null],
    )
  }
}

/** Whether this browser has answered the survey already (the form then says thank you instead). */
export async function hasAnswered(db: Queryable, surveyId: number, browserSecret: string): Promise<boolean> {
  const found = await db.query('SELECT 1 FROM survey_response WHERE survey_id = $1 AND browser_key = $2', [surveyId, browserKey(surveyId, browserSecret)])
  return found.length > 0
}

/** The stored key: a hash of the survey and the cookie, so two surveys' answer sheets cannot be linked. */
const browserKey = (surveyId: number, browserSecret: string) => createHash('sha256').update(`${surveyId}:${browserSecret}`).digest('hex')
