// The deploy rehearsal's IAM evaluator (test-only): reads a JSON array of
// {"id", "simulation"} (iam-simulate's Simulation) on stdin, runs each through
// @cloud-copilot/iam-simulate, and writes one JSON array of
// {"id", "decision", "errors", "considered"} to stdout: one Node process per batch.
import { runSimulation } from '@cloud-copilot/iam-simulate'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const batch = JSON.parse(Buffer.concat(chunks).toString('utf8'))

// The statements an analysis looked at, each as {policy, sid, effect, matched}.
function considered(analysis) {
  const out = []
  const add = (kind, part) => {
    if (part == null) return
    for (const [field, matched] of [['allowStatements', true], ['denyStatements', true], ['unmatchedStatements', false]]) {
      for (const s of part[field] ?? []) {
        out.push({ policy: `${kind}:${s.policyId ?? '-'}`, sid: s.statement?.Sid ?? null, effect: s.statement?.Effect,
          matched, statement: s.statement })
      }
    }
  }
  add('identity', analysis?.identityAnalysis)
  add('resource', analysis?.resourceAnalysis)
  add('vpc-endpoint', analysis?.endpointAnalysis)
  return out
}

const results = []
for (const { id, simulation } of batch) {
  const full = { serviceControlPolicies: [], resourceControlPolicies: [], ...simulation }
  const response = await runSimulation(full, {})
  if (response.resultType === 'error') {
    results.push({ id, decision: 'Error', errors: response.errors, considered: [] })
  } else if (response.resultType === 'single') {
    results.push({ id, decision: response.overallResult, errors: null, considered: considered(response.result.analysis) })
  } else {
    results.push({ id, decision: response.overallResult, errors: null,
      considered: response.results.flatMap((r) => considered(r.analysis)) })
  }
}
process.stdout.write(JSON.stringify(results))
