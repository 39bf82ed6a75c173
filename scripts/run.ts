/** Runs a command-line script: exit 0 when it finishes, else its error's message and exit 1. */
export function runScript(main: () => Promise<unknown>) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
