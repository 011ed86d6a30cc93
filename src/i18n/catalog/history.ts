import { defineCatalog } from '../../../contract/i18n/define'

/** What main says about a canvas's history: saving a version, drawing one back, the history's CSV columns. */
export const historyCatalog = defineCatalog({
  en: {
    'history.saved': 'Saved “{name}” · Fit {score}%',
    'history.nameEmpty': 'Give the version a name, such as “after interviews round 2”.',
    'history.nameTooLong': 'A version name can be at most {max} characters.',
    'history.oneCanvas': 'Select one canvas to save a version of it.',
    'history.unknownVersion': 'That version is no longer in the canvas’s history.',
    'history.thinnedVersion': 'That version is too old: only its fit was kept, not its stickies.',
    'history.drawn': 'Drew “{label}” beside the canvas, locked, for comparing',
    'history.copyName': '{canvas} · {label} (read-only copy)',
    'history.copyNote':
      'Read-only copy of {label}: a past version, for comparing. The canvas beside it is the live one.',
    'history.csv.thinned': 'yes',
    'history.csv.header': 'time (UTC),name,fit,band,jobs,pains,gains,evidence fit,stickies,links,thinned'
  },
  sv: {
    'history.saved': 'Sparade ”{name}” · Matchning {score}\u00a0%',
    'history.nameEmpty': 'Ge versionen ett namn, till exempel ”efter intervjurunda 2”.',
    'history.nameTooLong': 'Ett versionsnamn får vara högst {max} tecken.',
    'history.oneCanvas': 'Markera en canvas för att spara en version av den.',
    'history.unknownVersion': 'Den versionen finns inte längre i canvasens historik.',
    'history.thinnedVersion': 'Den versionen är för gammal: bara matchningen sparades, inte lapparna.',
    'history.drawn': 'Ritade ”{label}” bredvid canvasen, låst, för jämförelse',
    'history.copyName': '{canvas} · {label} (skrivskyddad kopia)',
    'history.copyNote':
      'Skrivskyddad kopia av {label}: en tidigare version, för jämförelse. Canvasen bredvid är den levande.',
    'history.csv.thinned': 'ja',
    'history.csv.header':
      'tid (UTC),namn,matchning,nivå,uppgifter,besvär,fördelar,evidensmatchning,lappar,länkar,gallrad'
  },
  da: {
    'history.saved': 'Gemte »{name}« · Match {score}\u00a0%',
    'history.nameEmpty': 'Giv versionen et navn, for eksempel »efter interviewrunde 2«.',
    'history.nameTooLong': 'Et versionsnavn må højst være på {max} tegn.',
    'history.oneCanvas': 'Markér ét canvas for at gemme en version af det.',
    'history.unknownVersion': 'Den version findes ikke længere i canvassets historik.',
    'history.thinnedVersion': 'Den version er for gammel: kun matchet blev gemt, ikke sedlerne.',
    'history.drawn': 'Tegnede »{label}« ved siden af canvasset, låst, til sammenligning',
    'history.copyName': '{canvas} · {label} (skrivebeskyttet kopi)',
    'history.copyNote':
      'Skrivebeskyttet kopi af {label}: en tidligere version, til sammenligning. Canvasset ved siden af er det levende.',
    'history.csv.thinned': 'ja',
    'history.csv.header': 'tid (UTC),navn,match,niveau,opgaver,smerter,gevinster,evidensmatch,sedler,links,udtyndet'
  }
})
