import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sessionQuery } from '../auth/session.query';
import { useUpdateProfile } from '../auth/use-update-profile';
import { isLang, languageNames, languages, type Lang } from './languages';
import { useLocale } from './use-locale';

/**
 * The language menu in the header. The choice is kept in this browser, and — when someone is
 * signed in — saved to their profile so every device speaks it.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { lang } = useLocale();
  const session = useQuery(sessionQuery).data ?? null;
  const save = useUpdateProfile();

  const choose = (next: Lang) => {
    void i18n.changeLanguage(next);
    if (session && session.user.locale !== next) save.mutate({ locale: next });
  };

  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) choose(e.target.value);
        }}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
