import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { flowVersionsQuery } from '../flow-versions.api';
import { analyticsPeriods, type AnalyticsPeriod } from '../flow-search';

interface Props {
  flowId: string;
  version: number;
  period: AnalyticsPeriod;
  onChange: (change: { version?: number; period?: AnalyticsPeriod }) => void;
}

/** Which version's runs, and which period: both kept in the address. */
export function AnalyticsFilters({ flowId, version, period, onChange }: Props) {
  const { t } = useTranslation();
  const versions = useQuery(flowVersionsQuery(flowId));
  const versionId = useId();
  const periodId = useId();
  const choices = versions.data ? [...versions.data].sort((a, b) => b.version - a.version) : [];
  return (
    <div className="form__row flow-analytics__filters">
      <div className="field">
        <label className="field__label" htmlFor={versionId}>
          {t('flowAnalytics.version')}
        </label>
        <select
          id={versionId}
          className="field__input field__input--compact"
          value={version}
          onChange={(e) => onChange({ version: Number(e.target.value) })}
          data-testid="flow-analytics-version"
        >
          {choices.length === 0 && <option value={version}>{t('flowVersions.version', { version })}</option>}
          {choices.map((v) => (
            <option key={v.version} value={v.version}>
              {v.current
                ? t('flowAnalytics.currentVersion', { version: v.version })
                : t('flowVersions.version', { version: v.version })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={periodId}>
          {t('flowAnalytics.period')}
        </label>
        <select
          id={periodId}
          className="field__input field__input--compact"
          value={period}
          onChange={(e) => onChange({ period: e.target.value as AnalyticsPeriod })}
          data-testid="flow-analytics-period"
        >
          {analyticsPeriods.map((p) => (
            <option key={p} value={p}>
              {t(`flowAnalytics.periods.${p}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
