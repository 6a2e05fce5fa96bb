import {
  AppConfigClient,
  CreateConfigurationProfileCommand,
  CreateHostedConfigurationVersionCommand,
  GetDeploymentCommand,
  GetHostedConfigurationVersionCommand,
  ListDeploymentsCommand,
  ListApplicationsCommand,
  ListConfigurationProfilesCommand,
  ListDeploymentStrategiesCommand,
  ListEnvironmentsCommand,
  StartDeploymentCommand,
} from "@aws-sdk/client-appconfig";
import { afterEach, describe, expect, it } from "vitest";
import { DOCUMENT_C } from "../native/doc-examples.js";
import { startAppConfigManagementServer, type AppConfigManagementServer, type CompletedDeployment } from "./appconfig-management-server.js";

let server: AppConfigManagementServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function clientOf(url: string): AppConfigClient {
  return new AppConfigClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "y" }, maxAttempts: 1 });
}

async function shop(onComplete?: (deployment: CompletedDeployment) => void) {
  server = await startAppConfigManagementServer(onComplete ? { onComplete } : {});
  const application = server.state.addApplication("shop");
  const environment = server.state.addEnvironment(application.id, "prod");
  const profile = server.state.addConfigurationProfile(application.id, "features");
  return { server, client: clientOf(server.url), application, environment, profile };
}

describe("the local AppConfig management API, through the real SDK", () => {
  it("lists applications, environments, profiles and strategies, page by page", async () => {
    const { client, application, environment, profile, server: local } = await shop();
    local.state.addApplication("billing");
    const first = await client.send(new ListApplicationsCommand({ MaxResults: 1 }));
    expect(first.Items).toEqual([{ Id: application.id, Name: "shop" }]);
    expect(first.NextToken).toBeDefined();
    const second = await client.send(new ListApplicationsCommand({ MaxResults: 1, NextToken: first.NextToken }));
    expect(second.Items?.map((item) => item.Name)).toEqual(["billing"]);
    expect(second.NextToken).toBeUndefined();
    const environments = await client.send(new ListEnvironmentsCommand({ ApplicationId: application.id }));
    expect(environments.Items).toMatchObject([{ Id: environment.id, Name: "prod", State: "READY_FOR_DEPLOYMENT" }]);
    const profiles = await client.send(new ListConfigurationProfilesCommand({ ApplicationId: application.id }));
    expect(profiles.Items).toMatchObject([{ Id: profile.id, Name: "features", LocationUri: "hosted", Type: "AWS.Freeform" }]);
    const strategies = await client.send(new ListDeploymentStrategiesCommand({}));
    expect(strategies.Items?.map((item) => item.Id)).toContain("AppConfig.AllAtOnce");
  });

  it("stores hosted versions verbatim and answers 201 with Version-Number", async () => {
    const { client, application, profile, server: local } = await shop();
    const content = Buffer.from('{ "beta": { "default": true } }\n');
    const created = await client.send(new CreateHostedConfigurationVersionCommand({
      ApplicationId: application.id, ConfigurationProfileId: profile.id, Content: content, ContentType: "application/json",
      Description: "from CI", VersionLabel: "v1.2.3",
    }));
    expect(created).toMatchObject({ VersionNumber: 1, ContentType: "application/json", Description: "from CI", VersionLabel: "v1.2.3" });
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(Buffer.from(local.state.versionsOf(application.id, profile.id)[0]?.content ?? []).equals(content)).toBe(true);
    await expect(client.send(new CreateHostedConfigurationVersionCommand({
      ApplicationId: application.id, ConfigurationProfileId: profile.id, Content: content, ContentType: "application/json", LatestVersionNumber: 0,
    }))).rejects.toMatchObject({ name: "ConflictException" });
  });

  it("runs deployments through the progression and publishes completed ones", async () => {
    const published: CompletedDeployment[] = [];
    const { client, application, environment, profile, server: local } = await shop((deployment) => published.push(deployment));
    await client.send(new CreateHostedConfigurationVersionCommand({
      ApplicationId: application.id, ConfigurationProfileId: profile.id, Content: Buffer.from("{}"), ContentType: "application/json",
    }));
    const start = { ApplicationId: application.id, EnvironmentId: environment.id, ConfigurationProfileId: profile.id, ConfigurationVersion: "1", DeploymentStrategyId: "AppConfig.AllAtOnce" };
    const started = await client.send(new StartDeploymentCommand(start));
    expect(started).toMatchObject({ DeploymentNumber: 1, State: "DEPLOYING", DeploymentStrategyId: "AppConfig.AllAtOnce" });
    expect(started.StartedAt).toBeInstanceOf(Date);
    await expect(client.send(new StartDeploymentCommand(start))).rejects.toMatchObject({ name: "ConflictException" });
    const get = new GetDeploymentCommand({ ApplicationId: application.id, EnvironmentId: environment.id, DeploymentNumber: 1 });
    expect((await client.send(get)).State).toBe("BAKING");
    expect(published).toEqual([]);
    expect((await client.send(get)).State).toBe("COMPLETE");
    expect(published).toMatchObject([{ application: "shop", environment: "prod", profile: "features", contentType: "application/json" }]);
    expect((await client.send(get)).State).toBe("COMPLETE");
    expect(published).toHaveLength(1);
    expect(local.requestCount("GetDeployment")).toBe(3);
  });

  it("answers unknown resources with ResourceNotFoundException and honours status faults", async () => {
    const { client, application, environment, server: local } = await shop();
    await expect(client.send(new ListEnvironmentsCommand({ ApplicationId: "nope123" }))).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    await expect(client.send(new StartDeploymentCommand({
      ApplicationId: application.id, EnvironmentId: environment.id, ConfigurationProfileId: "zzz9999", ConfigurationVersion: "1", DeploymentStrategyId: "AppConfig.AllAtOnce",
    }))).rejects.toMatchObject({ name: "ResourceNotFoundException", $metadata: { httpStatusCode: 404 } });
    local.faults.inject("ListApplications", { kind: "status", status: 500 });
    await expect(client.send(new ListApplicationsCommand({}))).rejects.toMatchObject({ name: "InternalServerException" });
  });

  it("creates hosted profiles of either type; freeform unless told otherwise", async () => {
    const { client, application, server: local } = await shop();
    const flags = await client.send(new CreateConfigurationProfileCommand({ ApplicationId: application.id, Name: "checkout", LocationUri: "hosted", Type: "AWS.AppConfig.FeatureFlags" }));
    expect(flags).toMatchObject({ ApplicationId: application.id, Name: "checkout", LocationUri: "hosted", Type: "AWS.AppConfig.FeatureFlags" });
    expect(flags.$metadata.httpStatusCode).toBe(201);
    const plain = await client.send(new CreateConfigurationProfileCommand({ ApplicationId: application.id, Name: "plain", LocationUri: "hosted" }));
    expect(plain.Type).toBe("AWS.Freeform");
    const listed = await client.send(new ListConfigurationProfilesCommand({ ApplicationId: application.id }));
    expect(listed.Items?.map((item) => `${item.Name} ${item.Type}`)).toEqual(["features AWS.Freeform", "checkout AWS.AppConfig.FeatureFlags", "plain AWS.Freeform"]);
    await expect(client.send(new CreateConfigurationProfileCommand({ ApplicationId: application.id, Name: "x", LocationUri: "hosted", Type: "AWS.Nope" })))
      .rejects.toMatchObject({ name: "BadRequestException" });
    expect(local.requestCount("CreateConfigurationProfile")).toBe(3);
  });

  it("checks feature-flags documents against AWS's schema and answers them with service metadata", async () => {
    const { client, application, server: local } = await shop();
    const profile = local.state.addConfigurationProfile(application.id, "fast", "AWS.AppConfig.FeatureFlags");
    const create = (content: string) => client.send(new CreateHostedConfigurationVersionCommand({
      ApplicationId: application.id, ConfigurationProfileId: profile.id, Content: Buffer.from(content), ContentType: "application/json",
    }));
    await expect(create('{ "beta": { "default": true } }')).rejects.toMatchObject({ name: "BadRequestException", message: expect.stringContaining("Invalid feature flags configuration") });
    const content = JSON.stringify(DOCUMENT_C);
    expect((await create(content)).VersionNumber).toBe(1);
    expect(Buffer.from(local.state.versionsOf(application.id, profile.id)[0]?.content ?? []).toString("utf8")).toBe(content);
    const read = await client.send(new GetHostedConfigurationVersionCommand({ ApplicationId: application.id, ConfigurationProfileId: profile.id, VersionNumber: 1 }));
    expect(read).toMatchObject({ VersionNumber: 1, ContentType: "application/json" });
    const served = JSON.parse(Buffer.from(read.Content ?? []).toString("utf8")) as { flags: Record<string, Record<string, unknown>>; values: Record<string, Record<string, unknown>> };
    expect(served.flags["fast_path"]).toMatchObject({ name: "Fast path", _createdAt: expect.any(String), _updatedAt: expect.any(String) });
    expect(served.values["fast_path"]).toMatchObject({ _createdAt: expect.any(String), _variants: DOCUMENT_C.values.fast_path._variants });
    await expect(client.send(new GetHostedConfigurationVersionCommand({ ApplicationId: application.id, ConfigurationProfileId: profile.id, VersionNumber: 2 })))
      .rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });

  it("lists deployments newest first, without moving them on", async () => {
    const { client, application, environment, profile, server: local } = await shop();
    const first = local.state.addHostedVersion(application.id, profile.id, "{}");
    local.state.addDeployment(application.id, environment.id, profile.id, first.versionNumber, "COMPLETE");
    local.state.addDeployment(application.id, environment.id, profile.id, first.versionNumber, "ROLLED_BACK");
    const listed = await client.send(new ListDeploymentsCommand({ ApplicationId: application.id, EnvironmentId: environment.id }));
    expect(listed.Items?.map((item) => [item.DeploymentNumber, item.ConfigurationProfileId, item.ConfigurationName, item.ConfigurationVersion, item.State])).toEqual([
      [2, profile.id, "features", "1", "ROLLED_BACK"],
      [1, profile.id, "features", "1", "COMPLETE"],
    ]);
    const paged = await client.send(new ListDeploymentsCommand({ ApplicationId: application.id, EnvironmentId: environment.id, MaxResults: 1 }));
    expect(paged.Items).toHaveLength(1);
    expect(paged.NextToken).toBeDefined();
    await expect(client.send(new ListDeploymentsCommand({ ApplicationId: application.id, EnvironmentId: "nope123" }))).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });
});
