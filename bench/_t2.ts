import { buildBoard } from './boards'
const b = await buildBoard({ stickies: 100, canvases: 1 })
console.log(b.buildMs)
