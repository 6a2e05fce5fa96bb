import type { DocumentFormat } from "../../pipeline/load/document-format.js";

/** The configuration profile type each flags-file format is deployed to. */
export const PROFILE_TYPE_OF: Readonly<Record<DocumentFormat, string>> = {
  powertools: "AWS.Freeform",
  native: "AWS.AppConfig.FeatureFlags",
};

const FORMAT_NAMES: Readonly<Record<DocumentFormat, string>> = {
  powertools: "a Powertools feature-flags document",
  native: "a native AppConfig feature-flags document",
};

/** What goes wrong when a document lands in a profile of the other type. */
const CONSEQUENCE: Readonly<Record<DocumentFormat, string>> = {
  native: "AppConfig would serve the stored document verbatim and break every client",
  powertools: "AppConfig accepts only its own feature-flags format there and would reject it",
};

/**
 * Why a file of `format` must not be deployed to a profile of `profileType`, in words (naming both
 * types); undefined when the type is the right one.
 * @example profileTypeMismatch("native", "AWS.Freeform", "flags/shop.json", "shop/checkout")
 * // "flags/shop.json is a native AppConfig feature-flags document (for AWS.AppConfig.FeatureFlags profiles), but profile shop/checkout is of type AWS.Freeform: …"
 */
export function profileTypeMismatch(format: DocumentFormat, profileType: string, file: string, profile: string): string | undefined {
  const wanted = PROFILE_TYPE_OF[format];
  if (profileType === wanted) return undefined;
  const known = Object.values(PROFILE_TYPE_OF).includes(profileType);
  const consequence = known ? CONSEQUENCE[format] : "flagtype deploys only to AWS.Freeform and AWS.AppConfig.FeatureFlags profiles";
  return (
    `${file} is ${FORMAT_NAMES[format]} (for ${wanted} profiles), but profile ${profile} is of type ${profileType}: ` +
    `${consequence}; deploy it to a profile of type ${wanted} (nothing was created)`
  );
}
