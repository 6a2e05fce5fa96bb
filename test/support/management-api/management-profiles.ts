import { jsonReply, type Reply } from "../../../generator/commands/serve/servers/http-reply.js";
import { parseObject } from "./management-json.js";
import { managementError } from "./management-errors.js";
import type { ManagementState, ProfileRecord, ProfileType } from "./management-state.js";

const PROFILE_TYPES: ReadonlySet<string> = new Set<ProfileType>(["AWS.Freeform", "AWS.AppConfig.FeatureFlags"]);

/** A profile as `ListConfigurationProfiles` lists it (a `ConfigurationProfileSummary`). */
export function profileSummary(applicationId: string, profile: ProfileRecord): Record<string, unknown> {
  return { ApplicationId: applicationId, Id: profile.id, Name: profile.name, LocationUri: profile.locationUri, Type: profile.type, ValidatorTypes: [] };
}

/**
 * `CreateConfigurationProfile`: 201 with the new profile. `Name` and `LocationUri` are required;
 * `Type` defaults to `AWS.Freeform`, as in AppConfig, and must be one of the two profile types.
 */
export function createProfile(state: ManagementState, applicationId: string, body: Uint8Array): Reply {
  const input = parseObject(body);
  if (!input) return managementError(400, "BadRequestException", "Request body must be a JSON object");
  const { Name: name, LocationUri: locationUri, Type: type = "AWS.Freeform", Description: description } = input;
  if (typeof name !== "string" || name.length < 1 || name.length > 128) return managementError(400, "BadRequestException", "Name must be 1 to 128 characters");
  if (typeof locationUri !== "string" || locationUri === "") return managementError(400, "BadRequestException", "LocationUri is required");
  if (typeof type !== "string" || !PROFILE_TYPES.has(type)) return managementError(400, "BadRequestException", `Type ${String(type)} is not a configuration profile type`);
  const profile = state.addConfigurationProfile(applicationId, name, type as ProfileType, {
    locationUri,
    ...(typeof description === "string" ? { description } : {}),
  });
  return jsonReply(201, {
    ApplicationId: applicationId, Id: profile.id, Name: profile.name, LocationUri: profile.locationUri, Type: profile.type, Validators: [],
    ...(profile.description !== undefined ? { Description: profile.description } : {}),
  });
}
