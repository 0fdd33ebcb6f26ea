import type { TFunction } from 'i18next';

/** The app's typed `t`: keys and interpolation values are checked against the English dictionary. */
export type Translate = TFunction<'translation', undefined>;
