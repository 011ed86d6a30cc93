import type { VersionSummary } from '../../contract/history'
import type { Locale } from '../../contract/vocabulary'
import { t, tKey } from '../text'
import { versionDate, versionLabel } from './version-label'

const W = 320
const H = 132
const PAD = { left: 26, right: 8, top: 8, bottom: 20 }
const ZONES = ['jobs', 'pains', 'gains'] as const

/**
 * The fit over the versions, drawn with the panel's own SVG: the score as a bold line, each customer zone's
 * coverage as a thin dashed one, the 50–70 % target band shaded, named versions marked with a diamond. It scales
 * to the panel's width; the numbers are in a table for screen readers.
 */
export function HistoryChart({ locale, versions }: { locale: Locale; versions: VersionSummary[] }) {
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const x = (i: number) =>
    PAD.left + (versions.length === 1 ? plotW / 2 : (i * plotW) / (versions.length - 1))
  const y = (value: number) => PAD.top + plotH - (Math.max(0, Math.min(100, value)) * plotH) / 100
  const line = (value: (v: VersionSummary) => number) =>
    versions.map((v, i) => `${x(i).toFixed(1)},${y(value(v)).toFixed(1)}`).join(' ')
  const first = versions[0]
  const last = versions[versions.length - 1]
  if (!first || !last) return null
  return (
    <figure class="history-chart">
      <figcaption class="history-chart-caption">{t(locale, 'panel.history.chart')}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t(locale, 'panel.history.chartSummary', {
          count: versions.length,
          first: first.score,
          last: last.score
        })}
      >
        <rect class="chart-target" x={PAD.left} width={plotW} y={y(70)} height={y(50) - y(70)} />
        {[0, 50, 100].map((value) => (
          <g key={value}>
            <line class="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(value)} y2={y(value)} />
            <text class="chart-axis" x={PAD.left - 4} y={y(value) + 3} text-anchor="end">
              {value}
            </text>
          </g>
        ))}
        {ZONES.map((zone) => (
          <polyline
            key={zone}
            class={`chart-coverage chart-${zone}`}
            points={line((v) => v.coverage[zone])}
          />
        ))}
        <polyline class="chart-score" points={line((v) => v.score)} />
        {versions.map((v, i) =>
          v.name === undefined ? (
            <circle key={v.id} class="chart-point" cx={x(i)} cy={y(v.score)} r={2.5} />
          ) : (
            <path key={v.id} class="chart-named" d={`M${x(i)} ${y(v.score) - 5}l5 5-5 5-5-5z`} />
          )
        )}
        <text class="chart-axis" x={PAD.left} y={H - 5}>
          {versionDate(locale, first.at, true)}
        </text>
        {versions.length > 1 && (
          <text class="chart-axis" x={W - PAD.right} y={H - 5} text-anchor="end">
            {versionDate(locale, last.at, true)}
          </text>
        )}
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        <li class="legend-score">{t(locale, 'panel.history.fit')}</li>
        {ZONES.map((zone) => (
          <li key={zone} class={`legend-${zone}`}>
            {tKey(locale, `zone.${zone}`)}
          </li>
        ))}
        <li class="legend-named">{t(locale, 'panel.history.legend.named')}</li>
      </ul>
      <table class="sr-only">
        <caption>{t(locale, 'panel.history.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(locale, 'panel.history.when')}</th>
            <th scope="col">{t(locale, 'panel.history.fit')}</th>
            {ZONES.map((zone) => (
              <th key={zone} scope="col">
                {tKey(locale, `zone.${zone}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <th scope="row">{versionLabel(locale, v)}</th>
              <td>{t(locale, 'panel.fit.percent', { value: v.score })}</td>
              {ZONES.map((zone) => (
                <td key={zone}>{t(locale, 'panel.fit.percent', { value: v.coverage[zone] })}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
