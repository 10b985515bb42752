/**
 * One wrapper for every handler: errors are caught and logged to the client, cancellation is
 * honoured, and a default answer is given so a failing feature never takes the server down.
 */
import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** Where the guard reports a handler's failure (the client's output channel). */
export interface GuardLogger {
  error(message: string): void;
}

/** A handler as the connection calls it: params, then (for requests) a cancellation token. */
export type Handler<P, R> = (params: P, token?: CancellationToken) => R | Promise<R>;

/** The answer to a cancelled request (LSP `RequestCancelled`). */
export function cancelled(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** Thrown inside a handler to stop work when its token is cancelled; the guard turns it into {@link cancelled}. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Throws {@link CancelledError} when the token asks to cancel: handlers call it after every await. */
export function checkCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}

/** Makes the `guard(name, handler, fallback)` helper for one logger. */
export function makeGuard(logger: GuardLogger) {
  /**
   * Wraps a handler: a cancelled request answers `RequestCancelled`, a thrown error is logged
   * with the handler's name and answered with `fallback` (`undefined` for notifications).
   */
  function guard<P>(name: string, handler: Handler<P, void>, fallback: undefined): (params: P) => Promise<void>;
  function guard<P, R>(
    name: string,
    handler: Handler<P, R>,
    fallback: R,
  ): (params: P, token?: CancellationToken) => Promise<R | ResponseError<never>>;
  function guard<P, R>(name: string, handler: Handler<P, R>, fallback: R) {
    return async (params: P, token?: CancellationToken): Promise<R | ResponseError<never>> => {
      if (token?.isCancellationRequested) return cancelled();
      try {
        const result = await handler(params, token);
        return token?.isCancellationRequested ? cancelled() : result;
      } catch (error) {
        if (error instanceof CancelledError) return cancelled();
        if (error instanceof ResponseError) return error as ResponseError<never>;
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        logger.error(`programmalint: ${name} failed: ${detail}`);
        return fallback;
      }
    };
  }
  return guard;
}

/** The type of the `guard` helper. */
export type Guard = ReturnType<typeof makeGuard>;

/** Resolves after `ms` milliseconds, or rejects with {@link CancelledError} as soon as the token is cancelled. */
export function delay(ms: number, token?: CancellationToken): Promise<void> {
  if (ms <= 0) {
    checkCancelled(token);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const subscription = token?.onCancellationRequested(() => {
      clearTimeout(timer);
      subscription?.dispose();
      reject(new CancelledError());
    });
    const timer = setTimeout(() => {
      subscription?.dispose();
      resolve();
    }, ms);
  });
}
