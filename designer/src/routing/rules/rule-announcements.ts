import type { Announcements } from '@dnd-kit/core';
import type { RoutingRule } from '@parley/contracts';
import type { Translate } from '../../i18n/translate';

/**
 * What a screen reader hears while a rule is dragged with the keyboard (or a pointer): its name
 * and position, in the admin's language, instead of dnd-kit's English and its internal ids.
 */
export function ruleAnnouncements(rules: readonly RoutingRule[], t: Translate): Announcements {
  const count = rules.length;
  const at = (id: string | number) => rules.findIndex((rule) => rule.id === id) + 1;
  const name = (id: string | number) => rules.find((rule) => rule.id === id)?.name ?? '';
  return {
    onDragStart: ({ active }) =>
      t('routingPage.dnd.picked', { name: name(active.id), n: at(active.id), count }),
    onDragOver: ({ active, over }) =>
      over
        ? t('routingPage.dnd.over', { name: name(active.id), n: at(over.id), count })
        : t('routingPage.dnd.outside', { name: name(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('routingPage.dnd.dropped', { name: name(active.id), n: at(over.id), count })
        : t('routingPage.dnd.cancelled', { name: name(active.id), n: at(active.id) }),
    onDragCancel: ({ active }) => t('routingPage.dnd.cancelled', { name: name(active.id), n: at(active.id) }),
  };
}
