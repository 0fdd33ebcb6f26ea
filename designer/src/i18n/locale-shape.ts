/**
 * The shape every language's dictionary must have: the English one's keys, each a string. With
 * `satisfies`, a missing or extra key in another language is a compile error.
 */
export type LocaleShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]>;
};
