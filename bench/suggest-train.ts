/**
 * Trains the suggester's pair model on the development part of the published canvases and prints the weights
 * to paste into contract/suggest/link-model.ts (`npx tsx bench/suggest-train.ts`). The held-out part is never read.
 */
import { trainLinkModel, trainingExamples } from '../contract/suggest/train-link-model'
import { SUGGEST_PUBLISHED_DEV } from '../tests/contract/suggest/fixtures/suggest-published'

const examples = trainingExamples(SUGGEST_PUBLISHED_DEV)
console.log(
  `${examples.length} scored pairs, ${examples.filter((e) => e.y === 1).length} true, from ${SUGGEST_PUBLISHED_DEV.length} development canvases`
)
console.log(JSON.stringify(trainLinkModel(SUGGEST_PUBLISHED_DEV), null, 2))
