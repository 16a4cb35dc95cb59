/** Ports of the servers the e2e run starts (not 5180, so a developer's own simulator can keep running). */
export const E2E_SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 5187);
export const E2E_FIXTURES_PORT = Number(process.env.E2E_FIXTURES_PORT ?? 5188);
