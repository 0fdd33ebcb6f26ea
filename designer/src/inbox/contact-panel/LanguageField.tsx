import type { ContactProfile } from '@parley/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';
import { useLocale } from '../../i18n/use-locale';
import { checkLanguage, commonLanguages, languageName } from './contact-fields';
import { useUpdateContact } from './use-contact-profile';

const OTHER = '__other';

/**
 * The contact's language: one of the common ones from a list, or any BCP 47 tag typed in (checked
 * by the contract before it is saved). Routing rules and templates read it.
 */
export function LanguageField({ profile, editable }: { profile: ContactProfile; editable: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const update = useUpdateContact(profile.id);
  const [typing, setTyping] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const current = profile.language;
  const common = commonLanguages.find((tag) => tag.toLowerCase() === current?.toLowerCase());
  const name = (tag: string) =>
    t('threadWork.contact.languageOption', { name: languageName(tag, locale), tag });

  if (!editable)
    return (
      <div className="contact-panel__field">
        <p className="contact-panel__label">{t('threadWork.contact.language')}</p>
        <p data-testid="contact-language">
          {current ? name(current) : t('threadWork.contact.languageUnset')}
        </p>
      </div>
    );

  const save = (language: string | null) => {
    if (language === current) return;
    update.mutate({ language }, { onSuccess: () => setTyping(null) });
  };
  const typed = typing === null ? null : checkLanguage(typing);
  const invalid = typed !== null && 'problem' in typed && (attempted || typing !== '');

  return (
    <div className="contact-panel__field">
      <label className="contact-panel__label" htmlFor={id}>
        {t('threadWork.contact.language')}
      </label>
      <select
        id={id}
        className="field__input field__input--compact"
        value={typing !== null ? OTHER : (common ?? current ?? '')}
        disabled={update.isPending}
        onChange={(e) => {
          update.reset();
          setAttempted(false);
          if (e.target.value === OTHER) setTyping(current && !common ? current : '');
          else {
            setTyping(null);
            save(e.target.value || null);
          }
        }}
        data-testid="contact-language"
      >
        <option value="">{t('threadWork.contact.languageUnset')}</option>
        {commonLanguages.map((tag) => (
          <option key={tag} value={tag}>
            {name(tag)}
          </option>
        ))}
        {current && !common && <option value={current}>{name(current)}</option>}
        <option value={OTHER}>{t('threadWork.contact.languageOther')}</option>
      </select>
      {typing !== null && (
        <form
          className="contact-panel__inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setAttempted(true);
            if (typed && 'language' in typed) save(typed.language);
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-tag`}>
            {t('threadWork.contact.languageTag')}
          </label>
          <input
            id={`${id}-tag`}
            className="field__input field__input--compact"
            value={typing}
            onChange={(e) => {
              setTyping(e.target.value);
              update.reset();
            }}
            placeholder="en-GB"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-tag-hint`}
            data-testid="contact-language-tag"
          />
          <button type="submit" className="button button--small" disabled={update.isPending}>
            {t('threadWork.contact.save')}
          </button>
          <button type="button" className="button button--small" onClick={() => setTyping(null)}>
            {t('common.cancel')}
          </button>
          <p id={`${id}-tag-hint`} className={invalid ? 'field__error' : 'field__hint'}>
            {invalid ? t('threadWork.contact.languageInvalid') : t('threadWork.contact.languageTagHint')}
          </p>
        </form>
      )}
      {update.error && (
        <p className="field__error" role="alert">
          {errorText(toApiError(update.error), t)}
        </p>
      )}
    </div>
  );
}
