/** The CLI's contact with the outside world, injected so commands can be run in-process too. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input to the end (for `import` without a file). */
  readStdin(): Promise<string>;
  /** Whether stdout is a terminal (colours). */
  color: boolean;
}
