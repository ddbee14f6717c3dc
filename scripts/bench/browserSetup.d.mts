export const MEASURED_ARGS: string[];
export const TESTS_ARGS: string[];
export const SETUP_NAMES: { measured: string; tests: string };
