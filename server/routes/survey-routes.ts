import { randomBytes } from 'node:crypto'
import type { Request, Response } from 'express'
import { z } from 'zod'
import { cookieOptions, readCookie } from '../auth/session-cookie.ts'
import { countRequest } from '../limits/rate-limiter.ts'
import { idParam, idParams } from '../shared/api/fields.ts'
import { marksQuery, questionBody, responseBody, surveyBody } from '../shared/api/survey-schemas.ts'
import { hasAnswered, submitResponse } from '../surveys/survey-answers.ts'
import { createQuestion, createSurvey, deleteQuestion, findSurvey, listQuestions, listSurveys, openSurveys, updateQuestion, updateSurvey } from '../surveys/survey-records.ts'
import { freeTextAnswers, markCells, surveyResults } from '../surveys/survey-results.ts'
import { todayInSweden } from '../today.ts'
import type { ApiConfig } from './api-route.ts'
import { checkRecordInScope } from '../municipalities/record-municipality.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** A random value that lets a browser answer each survey once; it says nothing about the person. */
const SURVEY_COOKIE = 'trygg_survey'
const COOKIE_DAYS = 730

/** The browser's survey cookie, set now if it has none (or one that is not ours). */
function browserSecret(req: Request, res: Response, config: ApiConfig): string {
  const existing = readCookie(req, SURVEY_COOKIE)
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing
  const secret = randomBytes(32).toString('base64url')
  res.cookie(SURVEY_COOKIE, secret, { ...cookieOptions(req, config.publicUrl), path: '/api/surveys', maxAge: COOKIE_DAYS * 86_400_000 })
  return secret
}

const surveyListQuery = z.object({ period_id: idParam.optional() }).strict()

/**
 * The follow-up survey: residents answer without logging in (once per browser, rate limited),
 * everyone reads the results; staff define the questions and read the free text.
 * The fixed paths come before `/surveys/:id`.
 */
export const surveyRoutes = [
  defineRoute({
    method: 'get',
    path: '/surveys',
    access: 'public',
    query: surveyListQuery,
    async handle({ query, deps, auth }) {
      return { body: { surveys: await listSurveys(deps.db, todayInSweden(), query.period_id, auth !== null, scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/surveys/open',
    access: 'public',
    async handle({ deps }) {
      return { body: { surveys: await openSurveys(deps.db, todayInSweden()) } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/surveys/:id',
    access: 'public',
    params: idParams,
    async handle({ params, deps, auth, req }) {
      const survey = await findSurvey(deps.db, params.id, todayInSweden(), auth !== null, scopeOf(auth))
      const secret = readCookie(req, SURVEY_COOKIE)
      return {
        body: {
          survey,
          questions: await listQuestions(deps.db, survey.id),
          already_answered: secret !== undefined && (await hasAnswered(deps.db, survey.id, secret)),
        },
      }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/surveys/:id/responses',
    access: 'public',
    params: idParams,
    body: responseBody,
    async handle({ params, body, deps, req, res }) {
      await countRequest(deps.db, `survey-answer:${req.ip}`, deps.config.limits.surveyAnswer)
      const secret = browserSecret(req, res, deps.config)
      await submitResponse(deps.db, params.id, body, secret, todayInSweden())
      return { status: 201, body: { received: true } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/surveys/:id/results',
    access: 'public',
    params: idParams,
    async handle({ params, deps, auth }) {
      return { body: await surveyResults(deps.db, params.id, todayInSweden(), auth !== null, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/surveys/:id/marks',
    access: 'public',
    params: idParams,
    query: marksQuery,
    async handle({ params, query, deps, auth }) {
      return { body: await markCells(deps.db, params.id, query.year, todayInSweden(), auth !== null, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/surveys/:id/free-texts',
    access: 'staff',
    personalData: true,
    params: idParams,
    async handle({ params, deps, auth }) {
      return { body: { answers: await freeTextAnswers(deps.db, params.id, todayInSweden(), scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/promise-periods/:id/surveys',
    access: 'staff',
    params: idParams,
    body: surveyBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise_period', params.id)
      return { status: 201, body: await createSurvey(deps.db, params.id, body, todayInSweden(), actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/surveys/:id',
    access: 'staff',
    params: idParams,
    body: surveyBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'survey', params.id)
      return { body: await updateSurvey(deps.db, params.id, body, todayInSweden(), actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/surveys/:id/questions',
    access: 'staff',
    params: idParams,
    body: questionBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'survey', params.id)
      return { status: 201, body: await createQuestion(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/survey-questions/:id',
    access: 'staff',
    params: idParams,
    body: questionBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'survey_question', params.id)
      return { body: await updateQuestion(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'delete',
    path: '/survey-questions/:id',
    access: 'staff',
    params: idParams,
    async handle({ params, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'survey_question', params.id)
      await deleteQuestion(deps.db, params.id, actorOf(auth), req.id as string)
    },
  }),
]
