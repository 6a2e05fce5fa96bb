import { getCheckoutBanner, getExpressCheckout, type CheckoutBannerVariant, type ExpressCheckoutValue } from "../generated/checkout.js";
import { UNKNOWN_COUNTRY } from "./caller-country.js";

/** The checkout part of the handler's answer: the flags of `flags/checkout.json` for this caller. */
export interface CheckoutAnswer {
  /** The variant of `checkout_banner` chosen for the caller, and its message (`null` when that variant is disabled). */
  readonly checkout_banner: { readonly variant: CheckoutBannerVariant; readonly message: string | null };
  /** `express_checkout`: off, or on with the largest basket it accepts. */
  readonly express_checkout: ExpressCheckoutValue;
}

/**
 * The checkout flags for a caller. `checkout_banner` is a multi-variant flag: with the agent store
 * the AppConfig agent picks its variant from the caller's tier and country (sent as `Context`
 * headers); without it (tests, FileStore, the data API) it answers its default variant.
 * @example await checkoutFor("premium", "DE") // { checkout_banner: { variant: "Premium", message: "…" }, express_checkout: { enabled: true, max_items: 10 } }
 */
export async function checkoutFor(tier: string, country: string | undefined): Promise<CheckoutAnswer> {
  const [banner, express] = await Promise.all([getCheckoutBanner({ tier, country: country ?? UNKNOWN_COUNTRY }), getExpressCheckout()]);
  return {
    checkout_banner: { variant: banner._variant, message: banner.enabled ? banner.message : null },
    express_checkout: express.enabled ? { enabled: true, max_items: express.max_items } : { enabled: false },
  };
}
