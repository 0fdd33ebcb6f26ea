import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { RoutingRule } from '@parley/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleAnnouncements } from './rule-announcements';
import { dropIndex } from './routing-draft';
import { RuleRow } from './RuleRow';

interface Props {
  rules: readonly RoutingRule[];
  teamName: (id: string) => string | null;
  accountName: (id: string) => string;
  refused: ReadonlyMap<string, readonly string[]>;
  /** A rule to a new position; `how` tells a drag (dnd-kit announces it) from the arrows. */
  onMove: (id: string, to: number, how: 'drag' | 'arrows') => void;
  onToggle: (id: string, enabled: boolean) => void;
  onEdit: (rule: RoutingRule) => void;
  onRemove: (rule: RoutingRule) => void;
}

/**
 * The rules in the order they are tried, reordered by dragging a handle with a pointer or the
 * keyboard (Space, arrows, Space; dnd-kit announces each step in the admin's language) or by
 * each rule's arrows.
 */
export function RuleList({ rules, onMove, refused, ...row }: Props) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useMemo(() => ruleAnnouncements(rules, t), [rules, t]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const to = dropIndex(rules, String(active.id), over ? String(over.id) : null);
    if (to !== null) onMove(String(active.id), to, 'drag');
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('routingPage.dnd.instructions') },
      }}
    >
      <SortableContext items={rules.map((rule) => rule.id)} strategy={verticalListSortingStrategy}>
        <ol className="rule-list" aria-labelledby="routing-rules">
          {rules.map((rule, index) => (
            <RuleRow
              key={rule.id}
              rule={rule}
              index={index}
              count={rules.length}
              refused={refused.get(rule.id) ?? []}
              onMove={(id, to) => onMove(id, to, 'arrows')}
              {...row}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
