// Cold-start probe: Powertools for AWS Lambda (TypeScript) Parameters reads the same configuration through
// the AppConfig data API (its AppConfigProvider, the SDK client); flagtype's engine evaluates it, so the
// probe differs from the AppConfigStore one only in how the document is fetched.
import { AppConfigProvider } from "@aws-lambda-powertools/parameters/appconfig";
import { compileDocument } from "../../../runtime/index.js";
import { markColdStart } from "../cold-start.js";

markColdStart("loaded");
const provider = new AppConfigProvider({
  application: process.env["FLAGTYPE_APPCONFIG_APPLICATION"] ?? "",
  environment: process.env["FLAGTYPE_APPCONFIG_ENVIRONMENT"] ?? "",
});
const document = await provider.get("features", { transform: "json" });
const value = compileDocument(document).evaluate("premium_features", { tier: "free" }, false);
markColdStart("answered");
process.stdout.write(`${String(value)}\n`);
