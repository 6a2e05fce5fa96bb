export { FlagtypeProvider, type DetailsEvaluator } from "./provider.js";
