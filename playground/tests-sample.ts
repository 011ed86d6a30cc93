/**
 * The fitness sample with tests in progress, as a team leaves it halfway through testing: evidence set on two
 * items, a test card written and run with its learning card decided, and a second test card still being written.
 * Everything goes through the plugin as a person would do it: the panel's requests (Set evidence, Create a test
 * card, Record what we learned) and typing into the cards' fields with the fake's user actions.
 */
import type { FigJamFake, InspectedNode, UserActions } from '../fake'

/** The picker's value for this sample. */
export const TESTS_SAMPLE = 'tests-en'
export const TESTS_SAMPLE_TITLE = 'Fitness app with tests in progress (English)'

/** What the sample needs from the page: the board, the person, and the panel's requests to main. */
export interface TestsSampleDeps {
  fake: FigJamFake
  user: UserActions
  request(name: string, payload: Record<string, unknown>): Promise<{ ok: boolean; message: string }>
}

function stickyId(nodes: readonly InspectedNode[], section: InspectedNode, text: string): string {
  const inside = (node: InspectedNode) =>
    node.box.x >= section.box.x &&
    node.box.y >= section.box.y &&
    node.box.x + node.box.width <= section.box.x + section.box.width &&
    node.box.y + node.box.height <= section.box.y + section.box.height
  const found = nodes.find((node) => node.type === 'STICKY' && node.text === text && inside(node))
  if (!found) throw new Error(`The tests sample needs the sticky "${text}" on its canvas`)
  return found.id
}

/** The card section whose data (`testCard` or `learningCard`) names `key` = `value`. */
function cardId(
  nodes: readonly InspectedNode[],
  kind: 'testCard' | 'learningCard',
  key: string,
  value: string
): string {
  const found = nodes.find((node) => {
    const raw = node.sharedPluginData.vpcfit?.[kind]
    if (node.type !== 'SECTION' || !raw) return false
    const data = JSON.parse(raw) as Record<string, unknown>
    return data[key] === value
  })
  if (!found) throw new Error(`No ${kind} for ${value}`)
  return found.id
}

/** Types after each field's prompt, as a person does: the prompt stays, their words follow it. */
function write(fake: FigJamFake, user: UserActions, cardId: string, texts: Record<string, string>): void {
  for (const node of fake.inspect.nodes()) {
    const field = node.sharedPluginData.vpcfit?.field
    if (node.parentId !== cardId || !field || !(field in texts)) continue
    user.typeInto(node.id, `${node.text ?? ''}${texts[field]}`)
  }
}

async function ask(deps: TestsSampleDeps, name: string, payload: Record<string, unknown>): Promise<void> {
  const answer = await deps.request(name, payload)
  if (!answer.ok) throw new Error(`${name}: ${answer.message}`)
}

/** Puts the tests on the filled fitness canvas `canvasId` (its panel open); resolves with the cards' ids. */
export async function addTestsInProgress(deps: TestsSampleDeps, canvasId: string): Promise<string[]> {
  const { fake, user } = deps
  let nodes = fake.inspect.nodes()
  const section = nodes.find((node) => node.id === canvasId)
  if (!section) throw new Error(`No canvas ${canvasId}`)
  const time = stickyId(nodes, section, 'Lack of time')
  const complex = stickyId(nodes, section, 'Complex apps')
  // What interviews already showed.
  await ask(deps, 'SET_EVIDENCE', {
    canvasId,
    itemId: stickyId(nodes, section, 'Track workouts'),
    level: 'did'
  })
  await ask(deps, 'SET_EVIDENCE', {
    canvasId,
    itemId: stickyId(nodes, section, 'Quick results'),
    level: 'said'
  })
  // The riskiest pain, tested and decided.
  await ask(deps, 'CREATE_TEST_CARD', { canvasId, itemId: time })
  await fake.flush()
  nodes = fake.inspect.nodes()
  const timeCard = cardId(nodes, 'testCard', 'itemId', time)
  write(fake, user, timeCard, {
    test: 'offer a 10-minute plan to 20 people at the office gym',
    metric: 'how many finish three sessions in a week',
    criteria: '12 of 20 do'
  })
  await fake.flush()
  await ask(deps, 'RECORD_LEARNING', { testId: timeCard })
  await fake.flush()
  const learning = cardId(fake.inspect.nodes(), 'learningCard', 'testId', timeCard)
  write(fake, user, learning, {
    observation: '15 of 20 finished three sessions; most trained before work',
    learning: 'short sessions fit a busy morning',
    decision: 'keep'
  })
  // A second test, still being written.
  await ask(deps, 'CREATE_TEST_CARD', { canvasId, itemId: complex })
  await fake.flush()
  const complexCard = cardId(fake.inspect.nodes(), 'testCard', 'itemId', complex)
  write(fake, user, complexCard, { test: 'watch five people set up the app without help' })
  user.select([])
  await fake.flush()
  return [timeCard, learning, complexCard]
}
