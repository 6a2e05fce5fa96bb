import { awsErrorReply } from "../../../generator/commands/serve/servers/aws-error-reply.js";
import type { Reply } from "../../../generator/commands/serve/servers/http-reply.js";
import { validateNativeSchema } from "../../../generator/pipeline/load/native/native-schema.js";
import { managementError, notFound } from "./management-errors.js";
import { byId, type HostedVersionRecord, type ManagementState, type ProfileRecord } from "./management-state.js";

/** Hosted configurations are limited to 2 MB by default. */
const MAX_HOSTED_BYTES = 2 * 1024 * 1024;

/** What the hosted-version routes need from one request. */
export interface HostedVersionRequest {
  readonly params: Readonly<Record<string, string>>;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Uint8Array;
}

/**
 * `CreateHostedConfigurationVersion`: 201 with the version's headers. The record keeps the bytes
 * sent, verbatim. A feature-flags profile (`AWS.AppConfig.FeatureFlags`) first checks the body
 * against AWS's schema, as AppConfig does: anything else is a `BadRequestException`.
 */
export function createHostedVersion(state: ManagementState, applicationId: string, request: HostedVersionRequest, now: () => number): Reply {
  const profileId = request.params["ConfigurationProfileId"] ?? "";
  const profile = byId(state.profilesOf(applicationId), profileId);
  if (!profile) return notFound("ConfigurationProfile", profileId);
  const contentType = request.headers["content-type"];
  if (!contentType) return managementError(400, "BadRequestException", "Content-Type is required");
  if (request.body.byteLength > MAX_HOSTED_BYTES) {
    return awsErrorReply(413, "PayloadTooLargeException", { Message: "Configuration too large", Measure: "BYTES", Limit: MAX_HOSTED_BYTES, Size: request.body.byteLength });
  }
  if (profile.type === "AWS.AppConfig.FeatureFlags") {
    const problem = featureFlagsProblem(request.body);
    if (problem !== undefined) return managementError(400, "BadRequestException", `Invalid feature flags configuration: ${problem}`);
  }
  const versions = state.versionsOf(applicationId, profileId);
  const latest = versions.at(-1)?.versionNumber ?? 0;
  const expectedLatest = request.headers["latest-version-number"];
  if (expectedLatest !== undefined && Number(expectedLatest) !== latest) {
    return managementError(409, "ConflictException", `Latest version is ${latest}, not ${expectedLatest}`);
  }
  const description = request.headers["description"];
  const versionLabel = request.headers["versionlabel"];
  const version: HostedVersionRecord = {
    versionNumber: latest + 1, content: request.body, contentType, createdAt: now(),
    ...(description !== undefined ? { description } : {}), ...(versionLabel !== undefined ? { versionLabel } : {}),
  };
  versions.push(version);
  return versionReply(201, applicationId, profile, version);
}

/** `GetHostedConfigurationVersion`: the version's content with its headers; 404 for unknown ids. */
export function getHostedVersion(state: ManagementState, applicationId: string, params: Readonly<Record<string, string>>): Reply {
  const profileId = params["ConfigurationProfileId"] ?? "";
  const profile = byId(state.profilesOf(applicationId), profileId);
  if (!profile) return notFound("ConfigurationProfile", profileId);
  const number = params["VersionNumber"] ?? "";
  const version = state.versionsOf(applicationId, profileId).find((hosted) => String(hosted.versionNumber) === number);
  if (!version) return notFound("HostedConfigurationVersion", number);
  return versionReply(200, applicationId, profile, version);
}

/**
 * A version as AppConfig answers it: for a feature-flags profile the stored document comes back
 * with service metadata (`_createdAt`, `_updatedAt`) in every flag definition and value.
 */
function versionReply(status: number, applicationId: string, profile: ProfileRecord, version: HostedVersionRecord): Reply {
  const body = profile.type === "AWS.AppConfig.FeatureFlags" ? withServiceMetadata(version.content, new Date(version.createdAt).toISOString()) : version.content;
  const headers: Record<string, string> = {
    "application-id": applicationId, "configuration-profile-id": profile.id, "version-number": String(version.versionNumber), "content-type": version.contentType,
    ...(version.description !== undefined ? { description: version.description } : {}), ...(version.versionLabel !== undefined ? { versionlabel: version.versionLabel } : {}),
  };
  return { status, headers, body };
}

function featureFlagsProblem(body: Uint8Array): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const [first] = validateNativeSchema(document);
  return first ? `${first.instancePath || "/"} ${first.message ?? "is invalid"}` : undefined;
}

/** The stored document with `_createdAt`/`_updatedAt` set on every flag definition and value (compact JSON). */
export function withServiceMetadata(content: Uint8Array, timestamp: string): Uint8Array {
  const document = JSON.parse(Buffer.from(content).toString("utf8")) as { flags?: Record<string, object>; values?: Record<string, object> };
  const stamp = (map: Record<string, object> | undefined): void => {
    for (const key of Object.keys(map ?? {})) if (map) map[key] = { ...map[key], _createdAt: timestamp, _updatedAt: timestamp };
  };
  stamp(document.flags);
  stamp(document.values);
  return Buffer.from(JSON.stringify(document));
}
