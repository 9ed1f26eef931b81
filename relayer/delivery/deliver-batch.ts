/**
 * `deliverBatch`: what a worker does with one batch of packet steps for one
 * destination chain.
 *
 * Steps are grouped by proof chain. For each group the proofs are fetched
 * in one state of the proof chain (its latest provable state, or a later
 * one a step asks for — waiting for the next block when that state is one
 * block short of committed, block-wait.ts), the destination's client of
 * that chain is moved ONCE to the proofs' height — every header verified
 * locally first, with skipping across gaps as GetClientMessage serves it —
 * and every proof is verified locally against the consensus state that
 * update gives. Only
 * then is ONE transaction submitted: each group's update messages followed
 * by its packet messages. A group whose header fails verification submits
 * nothing; a step whose proof fails is left out (fail fast: the chain would
 * refuse it, and the endpoint that served it is lying or broken).
 *
 * Results map to outcomes (classify.ts): OK done, ALREADY_DONE done and
 * redundant, transient retry, a bad header or proof permanent with its code.
 */
import type { Ledger } from '../../adapters/index.js';
import { fromU64, toU64, type v1 } from '../../proto/index.js';
import { IsthmusError } from '../../light-clients/index.js';
import { blockReached } from './block-wait.js';
import { fromError, fromResult, HEIGHT_NOT_COMMITTED, permanent, updateApplied } from './classify.js';
import { fetchProof, proofChainOf, provenMessage, submitChainOf, type FetchedProof } from './step-proof.js';
import type { DeliverBatchInput, DeliveryOutcome, DeliveryReport, DeliveryStep } from './types.js';
import { trackedClient, verifiedUpdate, type TrackedClient, type VerifiedUpdate } from './verified-update.js';

/** One group's contribution to the submission. */
interface GroupPlan {
  readonly updates: v1.IMsg[];
  readonly packets: { readonly index: number; readonly message: v1.IMsg }[];
}

const EMPTY: GroupPlan = { updates: [], packets: [] };

/** The problem with a step before anything is fetched, if any. */
function invalidStep(step: DeliveryStep, input: DeliverBatchInput): DeliveryOutcome | undefined {
  const p = step.packet;
  const id = `${p.sourceChain ?? ''}/${p.sourceChannel ?? ''}/${fromU64(p.sequence)}`;
  if (id !== step.packetId) {
    return permanent(step, 'INVALID_STEP', `the packet is ${id}, not ${step.packetId}`);
  }
  if (submitChainOf(step) !== input.destChainId) {
    return permanent(
      step,
      'WRONG_DESTINATION',
      `a ${step.step} of ${step.packetId} is submitted on ${submitChainOf(step)}, not ${input.destChainId}`,
    );
  }
  const chain = proofChainOf(step);
  if (!input.sources.has(chain) || !input.clientIds.has(chain)) {
    return permanent(step, 'SOURCE_UNKNOWN', `no ledger or client configured for ${chain}`);
  }
  if (step.step === 'ack' && !step.acknowledgement) {
    return permanent(step, 'ACK_MISSING', `the ack step of ${step.packetId} carries no acknowledgement`);
  }
  return undefined;
}

/** The steps of one proof chain, with its ledger and the destination's client of it. */
interface Group {
  readonly chainId: string;
  readonly source: Ledger;
  readonly clientId: string;
  readonly indices: number[];
}

/** Waited for the proof chain's next block when the wanted state is one block short (block-wait.ts). */
const DEFAULT_COMMIT_WAIT_MS = 3_000;

/**
 * The probe's proof in the state after block `at`, waiting once for the
 * block that commits it when the chain is one block short of it — the
 * usual race with block production — instead of retrying the whole group
 * after the queue's backoff. Further short (a step asking for a state the
 * chain has not reached) fails at once, as does a block that does not come.
 */
async function fetchCommitted(
  step: DeliveryStep,
  source: Ledger,
  input: DeliverBatchInput,
  at: v1.IHeight,
  provable: bigint,
): Promise<FetchedProof> {
  try {
    return await fetchProof(step, source, input.dest, at);
  } catch (err) {
    const wanted = fromU64(at.height);
    const waitMs = input.commitWaitMs ?? DEFAULT_COMMIT_WAIT_MS;
    if (!IsthmusError.is(err) || err.code !== HEIGHT_NOT_COMMITTED || wanted > provable + 1n || waitMs <= 0)
      throw err;
    const committing = { revision: at.revision ?? null, height: toU64(wanted + 1n) };
    if (!(await blockReached(source, committing, waitMs))) throw err;
    return await fetchProof(step, source, input.dest, at);
  }
}

/** Fetches, updates and verifies one group; records the outcome of every step it leaves out. */
async function planGroup(
  { chainId, source, clientId, indices }: Group,
  input: DeliverBatchInput,
  outcomes: (DeliveryOutcome | undefined)[],
): Promise<GroupPlan> {
  const steps = indices.map((i) => input.steps[i] as DeliveryStep);
  const failAll = (err: unknown): GroupPlan => {
    indices.forEach((i, k) => (outcomes[i] = fromError(steps[k] as DeliveryStep, err)));
    return EMPTY;
  };
  const [probeStep] = steps;
  if (!probeStep) return EMPTY;
  let probe: FetchedProof;
  let client: TrackedClient;
  try {
    client = await trackedClient(input.dest, clientId, chainId);
    probe = await fetchProof(probeStep, source, input.dest, null);
    const wanted = steps.reduce((max, s) => (s.proofHeight && s.proofHeight > max ? s.proofHeight : max), 0n);
    const latest = probe.response.height;
    const provable = fromU64(latest?.height);
    if (wanted > provable) {
      const at = { revision: latest?.revision ?? null, height: toU64(wanted) };
      probe = await fetchCommitted(probeStep, source, input, at, provable);
    }
  } catch (err) {
    return failAll(err);
  }
  const stateHeight = probe.response.height ?? null;
  const fetched = await Promise.all(
    steps.map(async (step, k) => {
      if (k === 0) return probe;
      try {
        return await fetchProof(step, source, input.dest, stateHeight);
      } catch (err) {
        outcomes[indices[k] as number] = fromError(step, err);
        return undefined;
      }
    }),
  );
  const target = probe.response.proof?.height ?? {};
  if (fromU64(target.height) < client.latestHeight) {
    return failAll(
      new IsthmusError(
        'CLIENT_AHEAD',
        `client ${clientId} is past the proofs' height ${fromU64(target.height)}`,
        {
          category: 'unavailable',
          context: { clientId, proofChain: chainId },
        },
      ),
    );
  }
  let update: VerifiedUpdate;
  try {
    update = await verifiedUpdate(source, client, target, input.now, input.metrics);
  } catch (err) {
    // "Not committed by a header yet" is the usual race with block production: retried, not worth a warning.
    const routine = IsthmusError.is(err) && err.retryable;
    input.logger[routine ? 'debug' : 'warn'](
      { proofChain: chainId, clientId, err },
      'no verified client update',
    );
    return failAll(err);
  }
  const packets: GroupPlan['packets'] = [];
  fetched.forEach((proof, k) => {
    const index = indices[k] as number;
    const step = steps[k] as DeliveryStep;
    if (!proof) return;
    try {
      const proven = provenMessage(step, proof, update.client, input.now, input.metrics);
      if ('message' in proven) packets.push({ index, message: proven.message });
      else outcomes[index] = proven.outcome;
    } catch (err) {
      outcomes[index] = fromError(step, err);
    }
  });
  return packets.length === 0 ? EMPTY : { updates: update.messages, packets };
}

/** The outcome of each submitted step from the chain's results (or from the error Submit threw). */
function mapResults(
  plans: readonly GroupPlan[],
  input: DeliverBatchInput,
  outcomes: (DeliveryOutcome | undefined)[],
  res: v1.SubmitResponse | undefined,
  err: unknown,
): void {
  let at = 0;
  for (const plan of plans) {
    const updateResults = plan.updates.map(() => res?.results[at++]);
    const failedUpdate = updateResults.find((r) => !updateApplied(r));
    for (const { index } of plan.packets) {
      const step = input.steps[index] as DeliveryStep;
      if (!res) {
        outcomes[index] = fromError(step, err);
        continue;
      }
      const own = fromResult(step, res.results[at++]);
      // A packet refused after its client update was refused: the update is the cause.
      outcomes[index] = own.kind !== 'done' && failedUpdate ? fromResult(step, failedUpdate) : own;
    }
  }
}

function count(outcomes: readonly DeliveryOutcome[], plans: readonly GroupPlan[]): DeliveryReport['counts'] {
  return {
    done: outcomes.filter((o) => o.kind === 'done').length,
    redundant: outcomes.filter((o) => o.redundant === true).length,
    retry: outcomes.filter((o) => o.kind === 'retry').length,
    permanent: outcomes.filter((o) => o.kind === 'permanent').length,
    updates: plans.reduce((n, p) => n + p.updates.length, 0),
    packets: plans.reduce((n, p) => n + p.packets.length, 0),
  };
}

/** Delivers a batch of steps to `input.destChainId`: one verified client update per proof chain, one submission. */
export async function deliverBatch(input: DeliverBatchInput): Promise<DeliveryReport> {
  const log = input.logger.child({ destChain: input.destChainId });
  const outcomes: (DeliveryOutcome | undefined)[] = input.steps.map((step) => invalidStep(step, input));
  const groups = new Map<string, Group>();
  input.steps.forEach((step, i) => {
    const chainId = proofChainOf(step);
    const source = input.sources.get(chainId);
    const clientId = input.clientIds.get(chainId);
    if (outcomes[i] || !source || clientId === undefined) return;
    const group = groups.get(chainId) ?? { chainId, source, clientId, indices: [] };
    group.indices.push(i);
    groups.set(chainId, group);
  });
  const plans = (
    await Promise.all([...groups.values()].map((group) => planGroup(group, input, outcomes)))
  ).filter((plan) => plan.packets.length > 0);
  const messages = plans.flatMap((plan) => [...plan.updates, ...plan.packets.map((p) => p.message)]);
  let res: v1.SubmitResponse | undefined;
  let submitError: unknown;
  if (messages.length > 0) {
    try {
      res = await input.dest.submit({ messages });
    } catch (err) {
      submitError = err;
      log.warn({ err, messages: messages.length, packetIds: packetIdsOf(input.steps) }, 'submission failed');
    }
    mapResults(plans, input, outcomes, res, submitError);
  }
  const final = outcomes.map((o, i) => {
    if (o) return o;
    // Every path above decides each step; a step without an outcome is a bug here, not the chain's.
    throw new IsthmusError('DELIVERY_UNDECIDED', `step ${i} of the batch has no outcome`, {
      context: { packetId: input.steps[i]?.packetId },
    });
  });
  for (const o of final) {
    if (o.kind !== 'done')
      log.warn({ packetId: o.packetId, step: o.step, kind: o.kind, code: o.code }, o.message ?? o.kind);
  }
  const counts = count(final, messages.length > 0 ? plans : []);
  log.info(
    {
      ...counts,
      txId: res?.txId,
      height: res ? fromU64(res.height?.height) : undefined,
      packetIds: packetIdsOf(input.steps),
    },
    'batch delivered',
  );
  return {
    outcomes: final,
    counts,
    ...(res ? { txId: res.txId, height: fromU64(res.height?.height) } : {}),
  };
}

/** The batch's packet ids, so a packet's log lines can be found by its id (a batch holds at most 1,000). */
function packetIdsOf(steps: readonly DeliveryStep[]): string[] {
  return steps.map((step) => step.packetId);
}
