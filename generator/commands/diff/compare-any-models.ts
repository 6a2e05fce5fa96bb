import type { DocumentFormat } from "../../pipeline/load/document-format.js";
import type { AnyModuleModel } from "../../pipeline/model/build-model.js";
import { compareModels } from "./compare-models.js";
import { flagChange, type FlagChange } from "./flag-change.js";
import { compareNativeModels } from "./native/compare-native-models.js";

const FORMATS: Readonly<Record<DocumentFormat, string>> = {
  powertools: "Powertools feature flags (an AWS.Freeform profile)",
  native: "native AppConfig feature flags (an AWS.AppConfig.FeatureFlags profile)",
};

/**
 * The drift between two models of one profile, in either format. Two formats are one breaking
 * change of the whole document (`flag` empty): code generated from one format cannot read the other.
 * @example compareAnyModels(deployedModel, localModel)
 */
export function compareAnyModels(deployed: AnyModuleModel, local: AnyModuleModel): FlagChange[] {
  if (deployed.format === "powertools" && local.format === "powertools") return compareModels(deployed, local);
  if (deployed.format === "native" && local.format === "native") return compareNativeModels(deployed, local);
  return [formatChange(deployed.format, local.format)];
}

/** The one change listed when the formats differ; `deployed` may also be what AppConfig serves. */
export function formatChange(deployed: DocumentFormat, local: DocumentFormat): FlagChange {
  return flagChange("", "format", true, `format ${FORMATS[deployed]} → ${FORMATS[local]}; code generated from the deployed version reads the other format`);
}
