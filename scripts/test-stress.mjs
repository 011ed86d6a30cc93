#!/usr/bin/env node
/**
 * `npm run test:stress`: runs the vitest suite many times in shuffled order, some runs at the same time
 * (load makes timing bugs show), records each run's seed and reports every test that ever failed with the
 * command that replays its run. Not part of `npm test`: it finds flaky tests, it does not gate a landing.
 *
 *   npm run test:stress                          10 shuffled runs: 8 one after the other, then 2 at once
 *   npm run test:stress -- --runs 20 --loaded 6  20 runs, the last 6 in batches of --parallel (default 2)
 *   npm run test:stress -- --ordered 2           also 2 runs in file order (no shuffle), first
 *   npm run test:stress -- --seed 1234           seeds 1234, 1235, ... instead of ones from the clock
 *   npm run test:stress -- --project adapter     only these vitest projects (repeatable)
 *   npm run test:stress -- -- tests/adapter      anything after a second `--` goes to vitest as is
 *
 * Exit code 0 when every run passed, 1 when any test failed or a run failed without a failing test
 * (an unhandled error, a crash): each is listed with its seed, log and replay command.
 * Results: test-results/stress/<start time>/run-<n>.json (vitest's JSON reporter) and run-<n>.log.
 */
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import console from 'node:console'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs')

const USAGE = `Usage: npm run test:stress -- [--runs N] [--loaded L] [--parallel P] [--ordered K] [--seed S]
                             [--project NAME]... [--no-build] [-- vitest arguments]`

/** Reads the command line; throws with the usage on anything unknown. */
function parseArgs(argv) {
  const options = {
    runs: 10,
    loaded: 2,
    parallel: 2,
    ordered: 0,
    seed: null,
    projects: [],
    build: true,
    extra: []
  }
  const number = (flag, value, min) => {
    const parsed = Number(value)
    if (!Number.isInteger(parsed) || parsed < min)
      throw new Error(`${flag} needs a whole number ≥ ${min}\n${USAGE}`)
    return parsed
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined]
    const value = () => inline ?? argv[++i]
    if (flag === '--') {
      options.extra = argv.slice(i + 1)
      break
    } else if (flag === '--runs') options.runs = number(flag, value(), 1)
    else if (flag === '--loaded') options.loaded = number(flag, value(), 0)
    else if (flag === '--parallel') options.parallel = number(flag, value(), 1)
    else if (flag === '--ordered') options.ordered = number(flag, value(), 0)
    else if (flag === '--seed') options.seed = number(flag, value(), 0)
    else if (flag === '--project') options.projects.push(value())
    else if (flag === '--no-build') options.build = false
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE)
      process.exit(0)
    } else throw new Error(`Unknown argument ${arg}\n${USAGE}`)
  }
  if (options.loaded > options.runs)
    throw new Error(`--loaded (${options.loaded}) is more than --runs (${options.runs})`)
  return options
}

/** The plan: ordered runs, then shuffled runs one at a time, then the loaded ones in batches run at once. */
function planRuns(options) {
  const base = options.seed ?? Date.now() % 1_000_000_000
  const runs = []
  for (let i = 0; i < options.ordered; i += 1) runs.push({ seed: null })
  for (let i = 0; i < options.runs; i += 1) runs.push({ seed: base + i })
  runs.forEach((run, i) => (run.index = i + 1))
  const batches = []
  const alone = runs.length - options.loaded
  for (let i = 0; i < alone; i += 1) batches.push([runs[i]])
  for (let i = alone; i < runs.length; i += options.parallel)
    batches.push(runs.slice(i, i + options.parallel))
  return { runs, batches }
}

/** vitest's arguments for one run, without the reporter (used for the replay command too). */
function vitestArgs(run, options) {
  const args = ['run']
  if (run.seed !== null) args.push('--sequence.shuffle', `--sequence.seed=${run.seed}`)
  for (const project of options.projects) args.push('--project', project)
  return [...args, ...options.extra]
}

function quote(arg) {
  return /^[\w./=:@-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}

/** Runs that are still going, so Ctrl+C stops them too instead of leaving them to load the machine. */
const running = new Set()
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal)
    process.exit(130)
  })
}

/** Runs one vitest process; resolves with its exit code, elapsed time and files. */
function execute(run, options, dir) {
  const json = join(dir, `run-${run.index}.json`)
  const log = join(dir, `run-${run.index}.log`)
  const args = [
    VITEST,
    ...vitestArgs(run, options),
    '--reporter=dot',
    '--reporter=json',
    `--outputFile.json=${json}`
  ]
  const started = Date.now()
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } })
    running.add(child)
    const chunks = []
    child.stdout.on('data', (chunk) => chunks.push(chunk))
    child.stderr.on('data', (chunk) => chunks.push(chunk))
    child.on('close', (code, signal) => {
      running.delete(child)
      const output = Buffer.concat(chunks).toString('utf8')
      writeFileSync(log, output)
      resolvePromise({
        run,
        code: code ?? 1,
        signal,
        seconds: (Date.now() - started) / 1000,
        json,
        log,
        output
      })
    })
  })
}

/** Every failed test of one run (from vitest's JSON report), plus files that failed outside any test. */
function failuresOf(result) {
  if (!existsSync(result.json)) return { tests: [], report: null }
  const report = JSON.parse(readFileSync(result.json, 'utf8'))
  const tests = []
  for (const file of report.testResults ?? []) {
    const path = relative(ROOT, file.name)
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed')
    for (const test of failed) {
      tests.push({ file: path, name: test.fullName, message: firstLine(test.failureMessages?.[0] ?? '') })
    }
    if (failed.length === 0 && file.status === 'failed') {
      tests.push({
        file: path,
        name: '(the file itself: setup, hooks or import)',
        message: firstLine(file.message)
      })
    }
  }
  return { tests, report }
}

function firstLine(text) {
  const line =
    String(text)
      .split('\n')
      .find((l) => l.trim() !== '') ?? ''
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}

/** Lines of the log that name errors vitest reports outside tests (unhandled rejections, crashes). */
function unhandledLines(output) {
  return output
    .split('\n')
    .filter((line) => /Unhandled|Error:|ERR_|Segmentation|out of memory/i.test(line))
    .slice(0, 5)
    .map((line) => line.trim())
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const dir = join(ROOT, 'test-results', 'stress', stamp)
  mkdirSync(dir, { recursive: true })
  if (options.build) {
    const code = await new Promise((done) =>
      spawn(process.execPath, [join(ROOT, 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' }).on(
        'close',
        done
      )
    )
    if (code !== 0) throw new Error('build failed; the browser and bundle tests need the bundles')
  }
  const { runs, batches } = planRuns(options)
  const loaded = new Set(batches.filter((batch) => batch.length > 1).flat())
  console.log(
    `test:stress: ${runs.length} runs (${options.ordered} in file order, ${options.runs} shuffled, ` +
      `${loaded.size} of them ${options.parallel} at once); results in ${relative(ROOT, dir)}`
  )
  const results = []
  for (const batch of batches) {
    const done = await Promise.all(batch.map((run) => execute(run, options, dir)))
    for (const result of done) {
      const { tests, report } = failuresOf(result)
      const counted = report ? `${report.numPassedTests}/${report.numTotalTests} passed` : 'no JSON report'
      const order = result.run.seed === null ? 'file order' : `seed ${result.run.seed}`
      const load = loaded.has(result.run) ? `, under load (${batch.length} at once)` : ''
      const verdict = result.code === 0 && tests.length === 0 ? 'ok' : 'FAILED'
      console.log(
        `  run ${result.run.index}: ${order}${load}: ${verdict}, ${counted}, ${result.seconds.toFixed(1)} s`
      )
      results.push({ ...result, tests, loaded: loaded.has(result.run) })
    }
  }

  const failedRuns = results.filter((r) => r.code !== 0 || r.tests.length > 0)
  if (failedRuns.length === 0) {
    console.log(`test:stress: all ${results.length} runs passed; no test failed.`)
    return 0
  }
  /** test key → the runs it failed in */
  const byTest = new Map()
  const crashed = []
  for (const result of failedRuns) {
    if (result.tests.length === 0) crashed.push(result)
    for (const test of result.tests) {
      const key = `${test.file} › ${test.name}`
      if (!byTest.has(key)) byTest.set(key, [])
      byTest.get(key).push({ result, test })
    }
  }
  console.log(`\ntest:stress: ${failedRuns.length} of ${results.length} runs failed.`)
  for (const [key, hits] of byTest) {
    console.log(`\n✗ ${key}  (failed in ${hits.length} of ${results.length} runs)`)
    for (const { result, test } of hits) {
      const order = result.run.seed === null ? 'file order' : `seed ${result.run.seed}`
      console.log(
        `    run ${result.run.index}, ${order}${result.loaded ? ', under load' : ''}: ${test.message}`
      )
      const replay = `npx ${['vitest', ...vitestArgs(result.run, options)].map(quote).join(' ')}`
      // The same seed orders a file's tests the same way when the file runs alone: the quick check for a cause
      // inside the file (when that passes, look at what the file shares with the rest of the run).
      const alone = `npx ${['vitest', ...vitestArgs(result.run, { ...options, extra: [test.file] })].map(quote).join(' ')}`
      console.log(`      replay: ${replay}`)
      if (alone !== replay) console.log(`      file only: ${alone}`)
      console.log(`      log: ${relative(ROOT, result.log)}`)
    }
  }
  for (const result of crashed) {
    const order = result.run.seed === null ? 'file order' : `seed ${result.run.seed}`
    console.log(
      `\n✗ run ${result.run.index} (${order}) exited with ${result.signal ?? result.code} but no test failed:`
    )
    for (const line of unhandledLines(result.output)) console.log(`    ${line}`)
    console.log(`    replay: npx ${['vitest', ...vitestArgs(result.run, options)].map(quote).join(' ')}`)
    console.log(`    log: ${relative(ROOT, result.log)}`)
  }
  return 1
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  }
)
