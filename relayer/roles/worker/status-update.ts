/**
 * The packet status a worker's outcome reports (relayer/status): a step
 * this worker's submission applied moves the packet to received,
 * acknowledged or timed-out, with the destination's height and tx id; a
 * permanent failure marks it failed with its code. Redundant steps report
 * nothing: the chain applied them for someone else, who reported them, and
 * a recv found "cleared" may mean acknowledged as well as timed out.
 */
import type { DeliveryOutcome, DeliveryReport, DeliveryStep, StepKind } from '../../delivery/index.js';
import type { PacketStatus, StatusTransition } from '../../status/index.js';

const reached: Readonly<Record<StepKind, PacketStatus>> = {
  recv: 'received',
  ack: 'acknowledged',
  timeout: 'timed-out',
};

/** Hop step names as relay.proto's `Hop.step` uses them. */
const hopStep: Readonly<Record<StepKind, string>> = {
  recv: 'recv',
  ack: 'acknowledge',
  timeout: 'timeout',
};

/** The transition of one step's outcome, or undefined when it reports none. */
export function statusTransition(
  step: DeliveryStep,
  outcome: DeliveryOutcome,
  report: DeliveryReport | undefined,
  destChain: string,
  timeNs: bigint,
): StatusTransition | undefined {
  if (outcome.kind === 'retry' || outcome.redundant === true) return undefined;
  const failed = outcome.kind === 'permanent';
  const applied = !failed && report?.txId !== undefined;
  return {
    id: step.packetId,
    status: failed ? 'failed' : reached[step.step],
    hop: {
      chainId: destChain,
      step: hopStep[step.step],
      height: applied ? (report.height ?? 0n) : 0n,
      txId: applied ? report.txId : '',
      timeNs,
      ...(failed ? { error: `${outcome.code ?? 'FAILED'}: ${outcome.message ?? ''}` } : {}),
    },
    packet: step.packet,
    ...(step.acknowledgement === undefined ? {} : { acknowledgement: step.acknowledgement }),
  };
}
