/** Resources that keep a Node process alive once a test is over: sockets, servers, timers. */
const LEAKABLE = new Set(["TCPSocketWrap", "TCPServerWrap", "Timeout", "Immediate"]);

export function openResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of process.getActiveResourcesInfo()) {
    if (LEAKABLE.has(resource)) {
      counts[resource] = (counts[resource] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Resources opened since `baseline` that are still open. Sockets close asynchronously once
 * their peer is gone, so this waits (briefly, bounded) for the count to settle.
 */
export async function resourcesLeftSince(
  baseline: Record<string, number>,
  settleMs = 2_000,
): Promise<Record<string, number>> {
  const started = Date.now();
  for (;;) {
    const now = openResources();
    const left = Object.fromEntries(
      Object.entries(now)
        .map(([name, count]) => [name, count - (baseline[name] ?? 0)] as const)
        .filter(([, extra]) => extra > 0),
    );
    if (Object.keys(left).length === 0 || Date.now() - started > settleMs) {
      return left;
    }
    // A fired timer is no longer active: this wait does not count itself.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
