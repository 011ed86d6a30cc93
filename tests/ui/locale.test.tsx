import { fireEvent, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { oneCanvas } from './fixtures'
import { renderPanel } from './harness'

describe('panel language', () => {
  it('sends SET_LOCALE from the switch and changes language only when main’s state says so', () => {
    const { main, update } = renderPanel(oneCanvas())
    expect(screen.getByRole('tab', { name: 'Checklist' })).toBeTruthy()

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'sv' } })
    expect(main.payloads('SET_LOCALE')).toEqual([{ locale: 'sv' }])

    update(oneCanvas({ locale: 'sv' }))
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Översikt',
      'Matchning',
      'Zoner',
      'Checklista',
      'Historik',
      'Mer'
    ])
    expect(screen.getByRole('combobox', { name: 'Språk' })).toBeTruthy()
    expect(screen.getByText('Inom målet', { selector: '.band-badge .band-name' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('sv')

    update(oneCanvas({ locale: 'da' }))
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Overblik',
      'Match',
      'Zoner',
      'Tjekliste',
      'Historik',
      'Mere'
    ])
    expect(screen.getByRole('button', { name: 'Tjek nu' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('da')
  })

  it('uses the canvas catalog’s zone names and the checklist catalog in the panel language', () => {
    renderPanel(oneCanvas({ locale: 'da' }))
    expect(screen.getByRole('heading', { name: 'Smerter' })).toBeTruthy()
    fireEvent.click(screen.getByRole('tab', { name: 'Tjekliste' }))
    expect(screen.getByRole('heading', { name: /^Kundeprofil/ })).toBeTruthy()
    expect(screen.getAllByText('Automatisk').length).toBeGreaterThan(0)
  })

  it('does not send SET_LOCALE when the chosen language is already active', () => {
    const { main } = renderPanel(oneCanvas({ locale: 'sv' }))
    fireEvent.change(screen.getByRole('combobox', { name: 'Språk' }), { target: { value: 'sv' } })
    expect(main.payloads('SET_LOCALE')).toEqual([])
  })

  it('names each language in itself', () => {
    renderPanel(oneCanvas({ locale: 'da' }))
    const options = [...screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sprog' }).options]
    expect(options.map((option) => [option.value, option.textContent, option.lang])).toEqual([
      ['en', 'English', 'en'],
      ['sv', 'Svenska', 'sv'],
      ['da', 'Dansk', 'da']
    ])
  })
})
