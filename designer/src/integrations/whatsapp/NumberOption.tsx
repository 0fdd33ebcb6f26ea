import type { WhatsAppPhoneNumberOption } from '@parley/contracts';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

const ratings = ['GREEN', 'YELLOW', 'RED', 'UNKNOWN'] as const;
type Rating = (typeof ratings)[number];
const isRating = (v: string | null): v is Rating => ratings.some((r) => r === v);

/** One number of the WABA as a radio: display number, verified name, quality; taken ones disabled. */
export function NumberOption({
  option,
  registration,
}: {
  option: WhatsAppPhoneNumberOption;
  registration: UseFormRegisterReturn;
}) {
  const { t } = useTranslation();
  const taken = option.connectedHere || option.connectedElsewhere;
  const rating = option.qualityRating?.toUpperCase() ?? null;
  return (
    <li className={`number-option${taken ? ' is-taken' : ''}`}>
      <label className="number-option__label">
        <input type="radio" value={option.id} disabled={taken} {...registration} />
        <span className="number-option__text">
          <span className="number-option__number">{option.displayPhoneNumber}</span>
          {option.verifiedName && <span className="number-option__name">{option.verifiedName}</span>}
          {rating && (
            <span className="number-option__quality">
              {t('whatsapp.choose.quality', {
                rating: isRating(rating) ? t(`whatsapp.choose.qualityRating.${rating}`) : rating,
              })}
            </span>
          )}
          {option.connectedHere && (
            <span className="number-option__taken">{t('whatsapp.choose.connectedHere')}</span>
          )}
          {option.connectedElsewhere && (
            <span className="number-option__taken">{t('whatsapp.choose.connectedElsewhere')}</span>
          )}
        </span>
      </label>
    </li>
  );
}
