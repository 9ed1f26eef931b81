/** Stops the servers the integration global setup started. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__isthmusServers ?? []).map((s) => s.stop()));
  globalThis.__isthmusServers = undefined;
}
