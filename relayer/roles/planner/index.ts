/** Public surface of the planner role: chain events in, idempotent relay jobs and packet statuses out. */
export { PLANNER_DURABLE, startPlanner } from './planner.js';
export type { Planner, PlannerOptions, PlannerStats } from './planner.js';
export { planEvent } from './plan-event.js';
export type { EventPlan, PlannedJob } from './plan-event.js';
