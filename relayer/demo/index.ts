/** Public surface of the demo: the chains, agency ledger, relayer and sample traffic of `isthmus demo`. */
export { runDemo } from './run-demo.js';
export type { DemoOptions, DemoResult } from './run-demo.js';
export { DemoOutput } from './output.js';
export type { DemoStream } from './output.js';
export { DEMO_STEP_FAILED } from './submit.js';
