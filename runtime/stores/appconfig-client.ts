/**
 * The part of `AppConfigDataClient` the store calls; a real client (any region,
 * credentials or endpoint) fits. Kept apart from the code that uses the SDK so that
 * flagtype's published types never name `@aws-sdk/client-appconfigdata`, an optional
 * peer dependency that users of the other stores do not install.
 */
export interface AppConfigDataClientLike {
  send(command: object, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}
