import { useI18n } from './i18n-context';
import { isLang, languageNames } from './languages';

export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t.language}</span>
      <select
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) setLang(e.target.value);
        }}
      >
        {Object.entries(languageNames).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
