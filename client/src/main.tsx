import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'maplibre-gl/dist/maplibre-gl.css'
import './styles/app.css'
import './styles/api-tokens.css'
import './styles/grannsamverkan.css'
import './styles/measures.css'
import './styles/moderation.css'
import './styles/planning.css'
import './styles/promise-editing.css'
import './styles/promises.css'
import './styles/reports.css'
import './styles/situation.css'
import './styles/survey.css'
import './styles/walk-field.css'
import './styles/walk-planning.css'
import './styles/walk-protocol.css'
import { App } from './app.tsx'
import { initI18n } from './i18n/i18n.ts'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
