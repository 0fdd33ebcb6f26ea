import { zodResolver } from '@hookform/resolvers/zod';
import { templateGroupInputSchema, templateLimits, type TemplateGroup } from '@parley/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { reportToForm } from '../../forms/report-to-form';
import { TextField } from '../../forms/TextField';
import { Dialog } from '../../ui/Dialog';
import type { Feedback } from '../../ui/use-feedback';
import { useRenameTemplateGroup } from '../use-template-mutations';

function RenameForm({ group, onDone }: { group: TemplateGroup; onDone: (name?: string) => void }) {
  const { t } = useTranslation();
  const rename = useRenameTemplateGroup(group.id);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(templateGroupInputSchema),
    defaultValues: { name: group.name },
  });
  const { errors, isSubmitting } = form.formState;
  const name = form.watch('name');

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const renamed = await rename.mutateAsync(values.name);
      onDone(renamed.name);
    } catch (e) {
      setFailure(
        reportToForm(e, form.setError, ['name'], {
          GROUP_EXISTS: { field: 'name', message: t('templates.groups.exists') },
        }),
      );
    }
  });

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      <TextField
        label={t('templates.groups.rename.label')}
        registration={form.register('name')}
        error={errors.name}
        errorMessages={{
          too_small: t('templates.groups.nameRequired'),
          too_big: t('templates.groups.nameTooLong', { max: templateLimits.groupNameMax }),
        }}
        counter={{ count: name.length, max: templateLimits.groupNameMax }}
      />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => onDone()}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('templates.groups.rename.submit')}
        </button>
      </div>
    </form>
  );
}

/** Renames a template group in a small dialog. */
export function RenameGroupButton({ group, feedback }: { group: TemplateGroup; feedback: Feedback }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        {t('templates.groups.rename.button')}
        <span className="visually-hidden"> {group.name}</span>
      </button>
      {open && (
        <Dialog
          title={t('templates.groups.rename.title', { name: group.name })}
          onClose={() => setOpen(false)}
        >
          <RenameForm
            group={group}
            onDone={(name) => {
              setOpen(false);
              if (name) feedback.announce(t('templates.groups.rename.done', { name }));
            }}
          />
        </Dialog>
      )}
    </>
  );
}
