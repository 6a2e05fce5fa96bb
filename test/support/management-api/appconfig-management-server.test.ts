import {
  AppConfigClient,
  CreateHostedConfigurationVersionCommand,
  GetDeploymentCommand,
  ListApplicationsCommand,
  ListConfigurationProfilesCommand,
  ListDeploymentStrategiesCommand,
  ListEnvironmentsCommand,
  StartDeploymentCommand,
} from "@aws-sdk/client-appconfig";
import { afterEach, describe, expect, it } from "vitest";
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
});
