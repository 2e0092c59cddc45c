/**
 * The website survey of a promise period and its questions, as staff define them. The public
 * sees the surveys of published periods. A question that has answers cannot change or go: its
 * answers would then mean something else.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, notFound } from '../errors.ts'
import { findPeriod } from '../promises/period-records.ts'
import type { QuestionBody, SurveyBody, SurveyQuestion, SurveySummary } from '../shared/api/survey-schemas.ts'

/** `$1` is today's date in Sweden. */
const surveySelect = `
  SELECT s.id, s.period_id, s.title, s.introduction, to_char(s.opens_on, 'YYYY-MM-DD') AS opens_on,
         to_char(s.closes_on, 'YYYY-MM-DD') AS closes_on,
         (s.opens_on <= $1::date AND (s.closes_on IS NULL OR s.closes_on >= $1::date)) AS open,
         coalesce((SELECT sum(t.responses) FROM survey_year_tally t WHERE t.survey_id = s.id), 0)::integer AS responses
    FROM survey s JOIN promise_period p ON p.id = s.period_id`

/** A question has answers when its running counts have a row: one index lookup (see survey-tallies.ts). */
const questionSelect = `
  SELECT q.id, q.position, q.kind, q.text_sv, q.text_en, q.scale_max, q.allows_not_out,
         EXISTS (SELECT 1 FROM survey_tally t WHERE t.question_id = q.id) AS answered
    FROM survey_question q`

/** A published period's surveys are public; a draft's are for staff, kommun staff only in their own municipality. */
const visibleToCaller = (withDrafts: string, draftScope: string) =>
  `(p.published_at IS NOT NULL OR (${withDrafts}::boolean AND (${draftScope}::text IS NULL OR p.municipality_code = ${draftScope})))`

const surveyNotFound = (id: number) => notFound('survey_not_found', `Enkät ${id} finns inte.`, `Survey ${id} does not exist.`)
const questionNotFound = (id: number) =>
  notFound('question_not_found', `Fråga ${id} finns inte.`, `Question ${id} does not exist.`)

/**
 * The surveys of one period (or of every period), newest first; the public sees published periods
 * only, staff the drafts too, kommun staff their own municipality's drafts only (`draftScope`).
 */
export async function listSurveys(
  db: Queryable,
  today: string,
  periodId: number | undefined,
  withDrafts: boolean,
  draftScope: string | null = null,
): Promise<SurveySummary[]> {
  return db.query<SurveySummary>(
    `${surveySelect}
      WHERE ($2::integer IS NULL OR s.period_id = $2) AND ${visibleToCaller('$3', '$4')}
      ORDER BY s.opens_on DESC, s.id DESC`,
    [today, periodId ?? null, withDrafts, draftScope],
  )
}

/** The surveys a resident can answer today. */
export async function openSurveys(db: Queryable, today: string): Promise<SurveySummary[]> {
  const surveys = await listSurveys(db, today, undefined, false)
  return surveys.filter((survey) => survey.open)
}

/** One survey, as the list shows it: a draft of another municipality is not found (404), so it does not leak. */
export async function findSurvey(db: Queryable, id: number, today: string, withDrafts: boolean, draftScope: string | null = null): Promise<SurveySummary> {
  const [survey] = await db.query<SurveySummary>(`${surveySelect} WHERE s.id = $2 AND ${visibleToCaller('$3', '$4')}`, [
    today,
    id,
    withDrafts,
    draftScope,
  ])
  if (!survey) throw surveyNotFound(id)
  return survey
}

/**
 * One survey for what only staff read (its free text), published or not: kommun staff (`scope`)
 * find their own municipality's only, whatever the survey's state.
 */
export async function findStaffSurvey(db: Queryable, id: number, today: string, scope: string | null): Promise<SurveySummary> {
  const [survey] = await db.query<SurveySummary>(
    `${surveySelect} WHERE s.id = $2 AND ($3::text IS NULL OR p.municipality_code = $3)`,
    [today, id, scope],
  )
  if (!survey) throw surveyNotFound(id)
  return survey
}

export async function listQuestions(db: Queryable, surveyId: number): Promise<SurveyQuestion[]> {
  return db.query<SurveyQuestion>(`${questionSelect} WHERE q.survey_id = $1 ORDER BY q.position, q.id`, [surveyId])
}

const surveyFields = (survey: SurveyBody | SurveySummary) => ({
  title: survey.title,
  introduction: survey.introduction,
  opens_on: survey.opens_on,
  closes_on: survey.closes_on,
})

export async function createSurvey(db: Database, periodId: number, body: SurveyBody, today: string, actor: Actor, requestId: string): Promise<SurveySummary> {
  return db.transaction(async (tx) => {
    await findPeriod(tx, periodId, true)
    const [row] = await tx.query<{ id: number }>(
      'INSERT INTO survey (period_id, title, introduction, opens_on, closes_on) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [periodId, body.title, body.introduction, body.opens_on, body.closes_on],
    )
    if (!row) throw new Error('survey insert returned no row')
    await recordAudit(tx, {
      actor, action: 'create', objectType: 'survey', objectId: row.id, objectLabel: body.title,
      before: null, after: { period_id: periodId, ...surveyFields(body) }, requestId,
    })
    return findSurvey(tx, row.id, today, true)
  })
}

/** Title, introduction and dates; setting `closes_on` is how a survey is closed. */
export async function updateSurvey(db: Database, id: number, body: SurveyBody, today: string, actor: Actor, requestId: string): Promise<SurveySummary> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.query('SELECT id FROM survey WHERE id = $1 FOR UPDATE', [id])
    if (!locked) throw surveyNotFound(id)
    const before = await findSurvey(tx, id, today, true)
    await tx.query(
      'UPDATE survey SET title = $2, introduction = $3, opens_on = $4, closes_on = $5, updated_at = now() WHERE id = $1',
      [id, body.title, body.introduction, body.opens_on, body.closes_on],
    )
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'survey', objectId: id, objectLabel: body.title,
      before: surveyFields(before), after: surveyFields(body), requestId,
    })
    return findSurvey(tx, id, today, true)
  })
}

const questionFields = (question: QuestionBody | SurveyQuestion) => ({
  position: question.position,
  kind: question.kind,
  text_sv: question.text_sv,
  text_en: question.text_en,
  scale_max: question.scale_max,
  allows_not_out: question.allows_not_out,
})

async function findQuestion(db: Queryable, id: number): Promise<SurveyQuestion> {
  const [question] = await db.query<SurveyQuestion>(`${questionSelect} WHERE q.id = $1`, [id])
  if (!question) throw questionNotFound(id)
  return question
}

export async function createQuestion(db: Database, surveyId: number, body: QuestionBody, actor: Actor, requestId: string): Promise<SurveyQuestion> {
  return db.transaction(async (tx) => {
    const [survey] = await tx.query('SELECT id FROM survey WHERE id = $1 FOR UPDATE', [surveyId])
    if (!survey) throw surveyNotFound(surveyId)
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO survey_question (survey_id, position, kind, text_sv, text_en, scale_max, allows_not_out)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [surveyId, body.position, body.kind, body.text_sv, body.text_en, body.scale_max, body.allows_not_out],
    )
    if (!row) throw new Error('question insert returned no row')
    await recordAudit(tx, {
      actor, action: 'create', objectType: 'survey_question', objectId: row.id, objectLabel: body.text_sv.slice(0, 80),
      before: null, after: { survey_id: surveyId, ...questionFields(body) }, requestId,
    })
    return findQuestion(tx, row.id)
  })
}

export async function updateQuestion(db: Database, id: number, body: QuestionBody, actor: Actor, requestId: string): Promise<SurveyQuestion> {
  return db.transaction(async (tx) => {
    const before = await lockUnansweredQuestion(tx, id)
    await tx.query(
      `UPDATE survey_question SET position = $2, kind = $3, text_sv = $4, text_en = $5, scale_max = $6, allows_not_out = $7,
              updated_at = now()
        WHERE id = $1`,
      [id, body.position, body.kind, body.text_sv, body.text_en, body.scale_max, body.allows_not_out],
    )
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'survey_question', objectId: id, objectLabel: body.text_sv.slice(0, 80),
      before: questionFields(before), after: questionFields(body), requestId,
    })
    return findQuestion(tx, id)
  })
}

export async function deleteQuestion(db: Database, id: number, actor: Actor, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockUnansweredQuestion(tx, id)
    await tx.query('DELETE FROM survey_tally WHERE question_id = $1', [id])
    await tx.query('DELETE FROM survey_mark_tally WHERE question_id = $1', [id])
    await tx.query('DELETE FROM survey_question WHERE id = $1', [id])
    await recordAudit(tx, {
      actor, action: 'delete', objectType: 'survey_question', objectId: id, objectLabel: before.text_sv.slice(0, 80),
      before: questionFields(before), after: null, requestId,
    })
  })
}

/**
 * Locks the question's survey, so no answer sheet arrives between the check and the change
 * (an answer sheet takes the same lock in share mode).
 */
async function lockUnansweredQuestion(tx: Queryable, id: number): Promise<SurveyQuestion> {
  const [owner] = await tx.query<{ survey_id: number }>('SELECT survey_id FROM survey_question WHERE id = $1', [id])
  if (!owner) throw questionNotFound(id)
  await tx.query('SELECT id FROM survey WHERE id = $1 FOR UPDATE', [owner.survey_id])
  const question = await findQuestion(tx, id)
  if (question.answered) {
    throw conflict(
      'question_answered',
      'Frågan har redan svar och kan inte ändras eller tas bort: svaren skulle då betyda något annat. Lägg till en ny fråga i stället.',
      'The question already has answers and cannot be changed or removed: the answers would then mean something else. Add a new question instead.',
    )
  }
  return question
}
