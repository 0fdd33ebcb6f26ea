import { zodResolver } from '@hookform/resolvers/zod';
import { createInvitationRequest, plans, roles, type PlanId } from '@parley/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/FormAlert';
import { reportToForm } from '../forms/report-to-form';
import { SelectField } from '../forms/SelectField';
import { EmailField } from '../forms/EmailField';
import { IssuedInvitationNotice } from './IssuedInvitationNotice';
import { createInvitation } from './people.api';
import { useInvitationsChanged } from './use-people-mutations';

/** Invites someone by email address and role; shows whether the email went out or the link to pass on. */
export function InviteForm({ plan }: { plan: PlanId }) {
  const { t } = useTranslation();
  const invitationsChanged = useInvitationsChanged();
  const invite = useMutation({ mutationFn: createInvitation, onSuccess: invitationsChanged });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm({
    resolver: zodResolver(createInvitationRequest),
    defaultValues: { email: '', role: 'agent' as const },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await invite.mutateAsync(values);
      form.reset();
    } catch (e) {
      setFailure(
        reportToForm(e, form.setError, ['email', 'role'], {
          EMAIL_TAKEN: { field: 'email', message: t('people.invite.emailTaken') },
          ALREADY_INVITED: { field: 'email', message: t('people.invite.alreadyInvited') },
        }),
      );
    }
  });

  const limit = plans[plan].limits.users;
  return (
    <form className="form form--inline" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      {failure?.code === 'PLAN_LIMIT_REACHED' && (
        <p className="notice notice--info">
          {t('people.invite.planLimit', { plan: plans[plan].name, count: limit })}
        </p>
      )}
      <div className="form__row">
        <EmailField
          label={t('people.invite.email')}
          autoComplete="off"
          registration={form.register('email')}
          error={errors.email}
        />
        <SelectField label={t('people.invite.role')} registration={form.register('role')} error={errors.role}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('people.invite.submitting') : t('people.invite.submit')}
        </button>
      </div>
      <div role="status" className="form-status">
        {invite.data && <IssuedInvitationNotice issued={invite.data} />}
      </div>
    </form>
  );
}
