/**
 * The names of every metric a relayer exports: a public contract that
 * dashboards and alert rules are written against.
 */

export const METRIC_PREFIX = 'isthmus_';

/** The relayer's own metrics (metrics.ts registers exactly these). */
export const RELAYER_METRIC_NAMES = [
  'isthmus_backlog_packets',
  'isthmus_backlog_oldest_age_seconds',
  'isthmus_packets_total',
  'isthmus_packet_latency_seconds',
  'isthmus_client_latest_height',
  'isthmus_client_trusting_period_remaining_seconds',
  'isthmus_client_frozen',
  'isthmus_misbehaviour_detected_total',
  'isthmus_misbehaviour_submitted_total',
  'isthmus_submission_errors_total',
  'isthmus_queue_jobs',
  'isthmus_jetstream_consumer_pending',
  'isthmus_watcher_lag_blocks',
  'isthmus_light_client_verifications_total',
  'isthmus_light_client_verification_seconds',
] as const;

/**
 * Every metric family the relayer defines (histograms by family: `_bucket`,
 * `_sum` and `_count` follow from it). Process metrics come on top, from
 * prom-client's `collectDefaultMetrics` under the same prefix.
 */
export const METRIC_NAMES: readonly string[] = RELAYER_METRIC_NAMES;
