import type { TFunction } from 'i18next';

/** The outputs every node of a type has, named by the designer (buttons, rows and branches are named by the admin). */
const fixedPorts = ['next', 'timeout', 'no_match', 'else', 'reply', 'invalid', 'success', 'failure'] as const;
type FixedPort = (typeof fixedPorts)[number];

const isFixed = (port: string): port is FixedPort => (fixedPorts as readonly string[]).includes(port);

/** A fixed output's name in the admin's language; the id itself for any other. */
export const fixedPortName = (port: string, t: TFunction): string =>
  isFixed(port) ? t(`flowPanel.ports.${port}`) : port;
