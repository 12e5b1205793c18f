import {both, type Localized} from "../../i18n/index.js";

/** The title of the n-th hidden check: it names nothing about its inputs. */
export function hiddenTitle(n: number): Localized {
  return both(`скрытая проверка ${n}`, `hidden check ${n}`);
}
